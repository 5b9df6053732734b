import { plainText } from './plain-text';

describe('plainText', () => {
  it.each([
    [
      'emphasis and links keep their words, not their markup',
      'Open **Sent**, then [withdraw it](/guide/ios/withdraw).',
      'Open Sent, then withdraw it.',
    ],
    [
      'list items and paragraphs are separated by a space',
      'First:\n\n- one\n- two\n\nLast.',
      'First: one two Last.',
    ],
    [
      'component tags go, their text stays',
      '<Callout kind="warning">\nWait **three weeks**.\n</Callout>',
      'Wait three weeks.',
    ],
    [
      'a LinkedIn label reads as its text (what FAQ search finds)',
      'Open <UI id="more" />, then choose <UI id="pending" />.',
      'Open More, then choose Pending.',
    ],
    ['headings and inline code keep their text', '## Why\n\nUse `People`.', 'Why Use People.'],
  ])('%s', (_, body, expected) => {
    expect(plainText('content/faq/x.mdx', body)).toBe(expected);
  });
});

describe('plain text in another language', () => {
  it('reads LinkedIn’s labels as a German page shows them, English where none is sourced', () => {
    expect(
      plainText(
        'content/de/faq/x.mdx',
        'Wählen Sie <UI id="withdraw" /> unter <UI id="my-network" />.',
        'de',
      ),
    ).toBe('Wählen Sie Zurückziehen unter My Network.');
  });
});
