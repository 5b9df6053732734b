import { alternativesOf, labelOf, registeredTexts } from '@/lib/labels/registry';
import { childrenOf, lineOf, type MdxNode } from '../mdx';
import type { Problem } from './problem';
import { labelIdOf } from './texts';

const plain = (node: MdxNode): string =>
  node.type === 'text' ? node.value : childrenOf(node).map(plain).join('');

/**
 * LinkedIn's labels are named by id (`<UI id="pending" />`), never typed: bold text that is a
 * label's text in content/labels.ts is a copy that would go stale when LinkedIn renames it.
 */
export function typedLabelProblems(ast: MdxNode, field: string): Problem[] {
  const texts = registeredTexts();
  const visit = (node: MdxNode): Problem[] => {
    if (node.type === 'strong') {
      const text = plain(node).trim();
      const id = texts.get(text);
      if (!id) return [];
      return [
        {
          field,
          rule: 'labels-by-id',
          problem: `**${text}**${lineOf(node)} is LinkedIn’s label "${id}" typed by hand: write <UI id="${id}" />, so its text comes from content/labels.ts`,
        },
      ];
    }
    return childrenOf(node).flatMap(visit);
  };
  return visit(ast);
}

const labelIds = (node: MdxNode): string[] => {
  const id = labelIdOf(node);
  return id ? [id] : childrenOf(node).flatMap(labelIds);
};

/**
 * Where a paragraph names a label and its alternatives (Show all, Manage, See all), the
 * freshest evidence comes first: the order is computed from content/labels.ts, so it changes
 * when the evidence does, and the words must follow.
 */
export function alternativeOrderProblems(ast: MdxNode, field: string): Problem[] {
  const visit = (node: MdxNode): Problem[] => {
    if (node.type === 'paragraph' || node.type === 'listItem') {
      const named = labelIds(node);
      for (const [i, id] of named.entries()) {
        const order = alternativesOf(id).map((label) => label.id);
        const later = named
          .slice(i + 1)
          .find((other) => order.indexOf(other) >= 0 && order.indexOf(other) < order.indexOf(id));
        if (later) {
          return [
            {
              field,
              rule: 'alternatives-freshest-first',
              problem: `<UI id="${id}" /> comes before <UI id="${later}" />${lineOf(node)}, which has fresher evidence: name them ${order.join(', ')}`,
            },
          ];
        }
      }
      return [];
    }
    return childrenOf(node).flatMap(visit);
  };
  return visit(ast);
}

/**
 * The labels whose words, typed in a plain-text field, can only be LinkedIn's label: a
 * capitalised "Pending" or "Sent" in the middle of a sentence names the control. Labels that
 * are everyday words (Home, Search, Message, Report, Cancel…) are left out, and so are German
 * nouns that are also labels (Folgen, "consequences"; Personen): they would be false alarms.
 */
const fieldLabelIds = [
  'pending',
  'withdraw',
  'withdraw-invitation',
  'connect',
  'more',
  'follow',
  'following',
  'my-network',
  'show-all',
  'manage',
  'see-all',
  'received',
  'sent-tab',
  'load-more',
  'remove-connection',
  'remove',
  'manage-invitations',
] as const;
const nouns = new Set(['Folgen']);
/** German verbs that are labels, and nouns after an article: "das Zurückziehen" is the act. */
const germanVerbs = new Set(['Zurückziehen', 'Vernetzen']);
const article = /\b(?:das|dem|des|beim|zum|vom|ein|einem|eines)\s+$/i;

/**
 * Texts that are nobody's words but LinkedIn's even where a sentence starts with them: a
 * sentence may start "Withdraw it…" or "Sent dozens…", never "Pending…" unless it names
 * the label.
 */
const namesAnywhere = new Set([
  'Pending',
  'Connect',
  'My Network',
  'Show all',
  'See all',
  'Load more',
  'Remove connection',
  'Withdraw invitation',
  'Manage invitations',
  'Ausstehend',
  'Vernetzen',
  'Zurückziehen',
  'Einladungen verwalten',
  'En attente',
]);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each typed label a field's text holds, where it stands: its text, its id and its index. */
export function typedLabelsIn(text: string): { label: string; id: string; index: number }[] {
  const found: { label: string; id: string; index: number }[] = [];
  // Longest first: a shorter label inside a longer one (Remove in Remove connection) is the longer one.
  const candidates = fieldLabelIds
    .flatMap((id) =>
      [...labelOf(id).languages.values()].flatMap((list) =>
        list.map(({ text: label }) => ({ id, label })),
      ),
    )
    .filter(({ label }) => !nouns.has(label))
    .sort((a, b) => b.label.length - a.label.length);
  for (const { id, label } of candidates) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}{-])${escape(label)}(?![\\p{L}\\p{N}}-])`, 'gu');
    for (const match of text.matchAll(pattern)) {
      const before = text.slice(0, match.index);
      const atSentenceStart = /(?:^|[.!?:;]\s+)[¿¡«“"(]?\s*$/u.test(before);
      const inside = found.some(
        (other) =>
          other.label.length > label.length &&
          match.index >= other.index &&
          match.index < other.index + other.label.length,
      );
      const asNoun = germanVerbs.has(label) && article.test(before);
      if (!inside && !asNoun && (!atSentenceStart || namesAnywhere.has(label)))
        found.push({ label, id, index: match.index });
    }
  }
  return found;
}

function typedIn(text: string): [string, string][] {
  const found: [string, string][] = [];
  for (const { label, id } of typedLabelsIn(text))
    if (!found.some(([seen]) => seen === label)) found.push([label, id]);
  return found;
}

/**
 * In plain-text fields (title, description, question, a step's title, a variant's label, an
 * answer's words) LinkedIn's labels are written `{label-id}`, in every language: a label typed
 * as words would go stale, and would not follow the reader's language. Only exact-case,
 * whole-word matches of the labels above count.
 */
export function typedFieldLabelProblems(
  texts: readonly { text: string; field: string }[],
): Problem[] {
  return texts.flatMap(({ text, field }) =>
    typedIn(text).map(([label, id]) => ({
      field,
      rule: 'labels-by-id',
      problem: `"${label}" is LinkedIn’s label "${id}" typed by hand in "${text}": write {${id}}, so the page shows it from content/labels.ts in the reader’s language`,
    })),
  );
}
