import fs from 'node:fs';
import path from 'node:path';
import { contentRoot, readMdx } from './mdx';

/** Every MDX file under content/, whatever loads it (flows, done pages, FAQ, learn, troubleshooter). */
const files = fs
  .readdirSync(contentRoot, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => readMdx(path.join(contentRoot, name)));

interface Node {
  type: string;
  value?: unknown;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const blockTypes = new Set(['paragraph', 'heading', 'tableCell']);

function inlineText(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  return (node.children ?? []).map(inlineText).join('');
}

/** The text of each paragraph, heading and cell, plus titles given as component attributes. */
function blocks(node: Node): string[] {
  if (blockTypes.has(node.type)) return [inlineText(node)];
  const titles = (node.attributes ?? []).flatMap((attribute) =>
    attribute.name === 'title' && typeof attribute.value === 'string' ? [attribute.value] : [],
  );
  return [...titles, ...(node.children ?? []).flatMap(blocks)];
}

function links(node: Node): string[] {
  return [
    ...(node.type === 'link' && node.url ? [node.url] : []),
    ...(node.children ?? []).flatMap(links),
  ];
}

/** What a reader reads: the body's sentences and the page's own title, description or question. */
function sentences(file: (typeof files)[number]): string[] {
  const { title, description, question } = file.frontmatter;
  const heads = [title, description, question].filter((text) => typeof text === 'string');
  return [...heads, ...blocks(file.ast as Node)]
    .flatMap((text) => text.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/))
    .filter((sentence) => sentence.trim() !== '');
}

const negation = /\b(not|no|never)\b|n['’]t\b/i;

/** Each rule returns the sentences (or links) of one file that break it. */
const rules: [string, (file: (typeof files)[number]) => string[]][] = [
  [
    'withdrawing is no "clean slate"',
    (file) => sentences(file).filter((s) => /clean slate/i.test(s)),
  ],
  [
    'LinkedIn publishes no weekly number ("100 per week", "100/week", "100 a week")',
    (file) =>
      sentences(file).filter((s) =>
        /\d+\s*(?:(?:invitations|requests|invites)\s+)?(?:\/|per\b|a\b|each\b)\s*week/i.test(s),
      ),
  ],
  [
    '"six months" is only what others report: LinkedIn does not publish it',
    (file) => sentences(file).filter((s) => /six months/i.test(s) && !/reported|publish/i.test(s)),
  ],
  [
    'the wait before re-inviting is "up to" three weeks',
    (file) => sentences(file).filter((s) => /(three|3) weeks/i.test(s) && !/up to/i.test(s)),
  ],
  [
    'withdrawing does not lift a restriction',
    (file) =>
      sentences(file).filter(
        (s) =>
          !s.trim().endsWith('?') &&
          /withdraw/i.test(s) &&
          /restrict/i.test(s) &&
          /\b(lift|remov|end|clear|undo|reset)/i.test(s) &&
          !negation.test(s),
      ),
  ],
  [
    'a link to one step carries #<step-id>, so the step is in view without JavaScript',
    (file) =>
      links(file.ast as Node).filter((href) => {
        const step = /^\/(?:guide|remove-connection)\/[a-z]+\/([a-z0-9-]+)(#.*)?$/.exec(href);
        return step !== null && step[1] !== 'done' && step[2] !== `#${step[1]}`;
      }),
  ],
];

it('reads every MDX file in content/', () => {
  const names = files.map((file) => file.file);
  expect(names.length).toBeGreaterThanOrEqual(50);
  expect(names).toEqual(
    expect.arrayContaining([
      'content/guides/done/withdraw.mdx',
      'content/guides/withdraw/ios.mdx',
      'content/faq/how-to-withdraw.mdx',
      'content/learn/invitation-limits.mdx',
      'content/troubleshooter/nodes/restricted.mdx',
      'content/troubleshooter/pages/checklist.mdx',
    ]),
  );
});

it.each(rules)('no MDX file breaks the rule: %s', (_rule, check) => {
  const broken = files.flatMap((file) => check(file).map((text) => `${file.file}: ${text}`));
  expect(broken).toEqual([]);
});
