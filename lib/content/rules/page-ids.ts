/**
 * The ids the site's own markup gives elements, by the kind of page that carries them. An id
 * in content (a step id, an FAQ item id) that equals one of these would make two elements
 * with one id: the skip link or a #link would land on the wrong one.
 *
 * The skip link's target, the FAQ search box, the step headings and the FAQ category headings
 * take their ids from the modules imported below; app/page.tsx, app/troubleshoot/…,
 * components/troubleshooter/… and components/checklist/… still spell theirs as literals
 * that these lists repeat.
 */
import { categoryAnchor, faqCategories } from '@/lib/faq/categories';
import { FAQ_SEARCH_ID, MAIN_ID } from '@/lib/element-ids';
import { DONE_SEGMENT, stepHeadingId } from '@/lib/routes';

/** Every step heading's id starts so (stepHeadingId), the done panel's included. */
const stepHeadingPrefix = stepHeadingId('');

export const pageOwnedIds = {
  home: [MAIN_ID, 'from-profile', 'from-sent-list', 'stuck', 'many', 'what-happens'],
  wizard: [MAIN_ID, stepHeadingId(DONE_SEGMENT)],
  faq: [MAIN_ID, FAQ_SEARCH_ID, ...faqCategories.map(categoryAnchor)],
  'troubleshooter entry': [MAIN_ID, 'page-title', 'device-question', 'start-question'],
  'troubleshooter node': [MAIN_ID, 'node-title', 'your-answers'],
  checklist: [MAIN_ID, 'needs-javascript', 'checklist-heading', 'clear-question'],
  other: [MAIN_ID],
} as const satisfies Record<string, readonly string[]>;

export type PageKind = keyof typeof pageOwnedIds;

const pageNames: Record<PageKind, string> = {
  home: 'the home page',
  wizard: 'every guide page',
  faq: 'the /faq page',
  'troubleshooter entry': 'the /troubleshoot page',
  'troubleshooter node': 'every troubleshooter page',
  checklist: 'the /checklist page',
  other: 'every page',
};

/** Why `id` can't be given to content on that kind of page, or null if it can. */
export function pageOwnedIdProblem(id: string, page: PageKind): string | null {
  if ((pageOwnedIds[page] as readonly string[]).includes(id)) {
    return `"${id}" is already an id on ${pageNames[page]}`;
  }
  if (page === 'wizard' && id.startsWith(stepHeadingPrefix)) {
    return `must not start with "${stepHeadingPrefix}": step headings' ids do`;
  }
  if (page === 'checklist' && id.startsWith('checklist-item-')) {
    return 'must not start with "checklist-item-": the checklist rows\' ids do';
  }
  return null;
}
