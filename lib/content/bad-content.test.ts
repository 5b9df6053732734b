/**
 * Every kind of broken content that once passed the loaders, each as a fixture fed to the loader
 * that reads it: the error names the file and the field (and the line where there is one).
 */
import path from 'node:path';
import { contentErrorOf, contentFolder, tempTree } from '@/tests/content-folder';
import { readFaq } from '@/lib/faq/read-faq';
import { parseFlow } from '@/lib/guides/parse-flow';
import { MAX_CONTENT_FILE_BYTES } from './files';
import { assertEveryFileRead, assertLinksResolve, siteIndex } from './load-all';

const faq = (frontmatter: string, body = 'No, LinkedIn does not notify them.') =>
  `---\nquestion: "Will they know?"\n${frontmatter}---\n\n${body}\n`;
const provenance = 'sources: [a568295]\n';
const good = faq(provenance);
/** content/faq/order.yaml for a folder whose one item is x.mdx. */
const order =
  'Withdrawing:\n  - x\nAfter you withdraw: []\nLimits and restrictions: []\nConnections: []\n';

const faqCases: {
  name: string;
  files: Record<string, string | Uint8Array>;
  file: string;
  field: string;
  problem: RegExp;
}[] = [
  {
    name: 'a LinkedIn label typed in bold in an answer',
    files: { 'x.mdx': faq(provenance, 'Choose **Withdraw** on their row.') },
    file: 'x.mdx',
    field: 'body',
    problem: /\*\*Withdraw\*\* \(line 6\) is LinkedIn’s label "withdraw" typed by hand/,
  },
  {
    name: 'a LinkedIn label typed as words in the question',
    files: { 'x.mdx': good.replace('"Will they know?"', '"Why is there no Withdraw button?"') },
    file: 'x.mdx',
    field: 'question',
    problem: /"Withdraw" is LinkedIn’s label "withdraw" typed by hand.*write \{withdraw\}/,
  },
  {
    name: 'a German label typed as words in the question',
    files: { 'x.mdx': good.replace('"Will they know?"', '"Warum fehlt Zurückziehen?"') },
    file: 'x.mdx',
    field: 'question',
    problem: /"Zurückziehen" is LinkedIn’s label "withdraw"/,
  },
  {
    name: 'a placeholder naming no label in the question',
    files: { 'x.mdx': good.replace('"Will they know?"', '"Why is there no {withdraw-button}?"') },
    file: 'x.mdx',
    field: 'question',
    problem: /\{withdraw-button\} is not a label in content\/labels.ts/,
  },
  {
    name: 'a javascript: link in the body',
    files: { 'x.mdx': faq(provenance, 'No.\n\n[Check](javascript:alert(1))') },
    file: 'x.mdx',
    field: 'body',
    problem: /link to "javascript:alert\(1\)" uses javascript:.*\(line 8\)/,
  },
  {
    name: 'an http: link in the body',
    files: { 'x.mdx': faq(provenance, 'See [Help](http://www.linkedin.com/help).') },
    file: 'x.mdx',
    field: 'body',
    problem: /uses http:/,
  },
  {
    name: 'a data: link in the body',
    files: { 'x.mdx': faq(provenance, 'See [this](data:text/html,hi).') },
    file: 'x.mdx',
    field: 'body',
    problem: /uses data:/,
  },
  {
    name: 'a whitespace-only question',
    files: { 'x.mdx': good.replace('"Will they know?"', '"   "') },
    file: 'x.mdx',
    field: 'question',
    problem: /is required/,
  },
  {
    name: 'a question too long for a page title',
    files: { 'x.mdx': good.replace('Will they know?', `Will they know ${'really '.repeat(8)}?`) },
    file: 'x.mdx',
    field: 'question',
    problem: /over the 70-character limit/,
  },
  {
    name: 'a misspelt optional key',
    files: { 'x.mdx': good.replace('?"\n', '?"\ndescripton: "Short"\n') },
    file: 'x.mdx',
    field: 'descripton',
    problem: /is not a field this file can have/,
  },
  {
    name: 'a key written twice',
    files: { 'x.mdx': good.replace('?"\n', '?"\nquestion: "Again?"\n') },
    file: 'x.mdx',
    field: 'frontmatter',
    problem: /not valid YAML \(line 3\): Map keys must be unique/,
  },
  {
    name: 'an id that the page already uses',
    files: { 'faq-search.mdx': good },
    file: 'faq-search.mdx',
    field: 'file name',
    problem: /"faq-search" is already an id on the \/faq page: rename the file/,
  },
  {
    name: 'a .md file the loader would not read',
    files: { 'x.mdx': good, 'notes.md': '# Notes' },
    file: 'notes.md',
    field: 'file',
    problem: /is not an \.mdx file/,
  },
  {
    name: 'a folder the loader would not read',
    files: { 'x.mdx': good, 'more/y.mdx': good },
    file: 'more',
    field: 'file',
    problem: /is not an \.mdx file/,
  },
  {
    name: 'bytes that are not UTF-8',
    files: { 'x.mdx': Buffer.concat([Buffer.from(good), Buffer.from([0xff, 0xfe, 0x41])]) },
    file: 'x.mdx',
    field: 'file',
    problem: /is not valid UTF-8/,
  },
  {
    name: 'an absurdly large file',
    files: { 'x.mdx': faq(provenance, 'No. '.repeat(MAX_CONTENT_FILE_BYTES / 4)) },
    file: 'x.mdx',
    field: 'file',
    problem: /over the 65536-byte limit/,
  },
];

describe('broken FAQ items fail naming the file and the field', () => {
  it.each(faqCases)('$name', ({ files, file, field, problem }) => {
    const error = contentErrorOf(() => readFaq('en', contentFolder(files)));
    expect(path.basename(error.file)).toBe(file);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`${file}: ${field}: `);
    expect(error.message).toMatch(problem);
  });

  it('accepts the fixture they are made from', () => {
    expect(readFaq('en', contentFolder({ 'x.mdx': good, 'order.yaml': order }))).toHaveLength(1);
  });

  it('shows a question’s {label-id} in the page’s language: German where sourced', () => {
    const files = {
      'x.mdx': good.replace('"Will they know?"', '"Why is there no {withdraw} button?"'),
      'order.yaml': order,
    };
    // Each language reads its own folder (the loader reads a folder once).
    expect(readFaq('en', contentFolder(files))[0]!.data.question).toBe(
      'Why is there no Withdraw button?',
    );
    expect(readFaq('de' as 'en', contentFolder(files))[0]!.data.question).toBe(
      'Why is there no Zurückziehen button?',
    );
  });
});

describe('broken links fail as the site check holds them to the site', () => {
  // The index is the whole site, read once: seconds on a busy machine, before the cases run.
  beforeAll(() => siteIndex('en'), 60_000);

  it.each([
    ['[Gone](/guide/windows)', /links to \/guide\/windows \(line 8\), which is not a page/],
    ['[Item](/faq#no-such-item)', /but \/faq has no id="no-such-item"/],
    ['[Step](/guide/ios/open-sent)', /carries #open-sent/],
    ['[Start](/troubleshoot/what-went-wrong)', /the first question: link to \/troubleshoot/],
  ])('%s', (link, problem) => {
    const [item] = readFaq(
      'en',
      contentFolder({ 'x.mdx': faq(provenance, `No.\n\n${link}`), 'order.yaml': order }),
    );
    const error = contentErrorOf(() => assertLinksResolve(item!.file, item!.links, 'en'));
    expect(error.field).toBe('body');
    expect(error.message).toMatch(problem);
  });
});

const flow = (steps: string) => `---
flow: withdraw
platform: ios
title: Withdraw an invitation in the app
description: Tap through to a withdrawn invitation.
sources: [a568295]
---
${steps}`;
const step = (id: string, title: string, body = 'Tap <UI id="sent-tab" />.') =>
  `\n<Step id="${id}" title="${title}">\n<Screen view="invitations" highlight="sent-tab" />\n\n${body}\n</Step>\n`;

describe('broken flows fail naming the file and the field', () => {
  it.each([
    [
      'a step id that is the skip link target',
      step('main', 'Tap {sent-tab}'),
      'steps[1].id',
      /"main" is already an id on every guide page/,
    ],
    [
      'a step id like a step heading id',
      step('step-sent', 'Tap {sent-tab}'),
      'steps[1].id',
      /must not start with "step-"/,
    ],
    ['a whitespace-only step title', step('open-sent', '   '), 'steps[1].title', /is required/],
    [
      'a step title too long for its page title',
      step('open-sent', 'Tap the Sent tab at the top of the list of your invitations'),
      'steps[1].title',
      /"Tap the Sent tab .* · iPhone step 1\/1 · Unsend" \(\d+ characters\), over the 70-character limit/,
    ],
    [
      'a javascript: URL in a title',
      step('open-sent', 'Open javascript:alert(1)'),
      'steps[1].title',
      /breaks no-unsafe-url/,
    ],
    [
      'an attribute value that is not the contract’s',
      step('open-sent', 'Tap {sent-tab}', '<Callout kind="javascript:alert(1)">x</Callout>'),
      'body',
      /must be one of note, warning/,
    ],
    [
      'a LinkedIn label typed in bold instead of named by id',
      step('open-sent', 'Tap {sent-tab}', 'Tap **Sent** at the top.'),
      'body',
      /\*\*Sent\*\* \(line 12\) is LinkedIn’s label "sent-tab" typed by hand: write <UI id="sent-tab" \/>/,
    ],
    [
      'an older label named before the fresher one',
      step('open-sent', 'Tap {sent-tab}', 'Tap <UI id="manage" /> (or <UI id="show-all" />).'),
      'body',
      /<UI id="manage" \/> comes before <UI id="show-all" \/> \(line 12\), which has fresher evidence: name them show-all, manage, see-all/,
    ],
    [
      'a label id that is not in content/labels.ts',
      step('open-sent', 'Tap {sent-tab}', 'Tap <UI id="sent-button" />.'),
      'body',
      /must be one of/,
    ],
    [
      'a LinkedIn label typed as words in a step title',
      step('open-sent', 'Tap Sent'),
      'steps[1].title',
      /"Sent" is LinkedIn’s label "sent-tab" typed by hand in "Tap Sent": write \{sent-tab\}/,
    ],
    [
      'a German label typed as words in a step title',
      step('open-sent', 'Tippen Sie auf Gesendet'),
      'steps[1].title',
      /"Gesendet" is LinkedIn’s label "sent-tab"/,
    ],
    [
      'a French label typed as words in a step title',
      step('open-sent', 'Touchez En attente'),
      'steps[1].title',
      /"En attente" is LinkedIn’s label "pending"/,
    ],
    [
      'a placeholder naming no label',
      step('open-sent', 'Tap {sent-button}'),
      'steps[1].title',
      /\{sent-button\} is not a label in content\/labels.ts/,
    ],
    [
      '"click" in an app flow',
      step('open-sent', 'Tap {sent-tab}', 'Click <UI id="sent-tab" />.'),
      'steps[1].body',
      /breaks apps-say-tap/,
    ],
  ])('%s', (_, steps, field, problem) => {
    const error = contentErrorOf(() => parseFlow('content/guides/withdraw/ios.mdx', flow(steps)));
    expect(error.file).toBe('content/guides/withdraw/ios.mdx');
    expect(error.field).toBe(field);
    expect(error.message).toMatch(problem);
  });
});

describe('a file under content/ that no loader reads', () => {
  it.each(['guides/withdraw/windows.mdx', 'faq-draft.md', 'troubleshooter/nodes/notes.txt'])(
    '%s fails, naming it',
    (name) => {
      const root = tempTree({ 'faq/x.mdx': good, [name]: good });
      const read = new Set([path.relative(process.cwd(), path.join(root, 'faq/x.mdx'))]);
      const error = contentErrorOf(() => assertEveryFileRead(root, read));
      expect(error.file).toBe(path.relative(process.cwd(), path.join(root, name)));
      expect(error.field).toBe('file');
      expect(error.message).toMatch(/is not read by any loader/);
    },
  );
});
