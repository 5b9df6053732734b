// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { stylesheetCopies, withoutRepeatedStylesheets } from './flight-stylesheets.mjs';

// What Next writes for a page with one inlined stylesheet: the <style>, and payload chunks
// carrying the same text as rows (row 2 and row 22), beside a row that is not a stylesheet.
const css = '.a>b{content:"→"}@media (min-width:40rem){.c{color:red}}';
const bytes = Buffer.byteLength(css).toString(16);
const escape = (value: unknown) =>
  JSON.stringify(value).replace(/[&<>]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
const push = (chunk: unknown) => `<script>self.__next_f.push(${escape(chunk)})</script>`;
const headScript = '(function(){document.documentElement.dataset.js=""})()';
const page = (rows: string[]) =>
  `<!DOCTYPE html><html><head><style data-precedence="next" data-href="/s.css">${css}</style>` +
  `</head><body><h1>Hi</h1>${push([0])}${rows.map((row) => push([1, row])).join('')}</body></html>`;
const original = page([
  `1:"$Sreact.fragment"\n2:T${bytes},${css}\nb:T${Buffer.byteLength(headScript).toString(16)},${headScript}\n`,
  `22:T${bytes},${css}\n23:["$","style","0",{"href":"/s.css","children":"$22"}]\n`,
]);

describe('withoutRepeatedStylesheets', () => {
  it('empties each payload row that repeats the page’s stylesheet, and nothing else', () => {
    const { html, removed } = withoutRepeatedStylesheets(original);
    expect(removed).toBe(2);
    expect(html).toBe(
      page([
        `1:"$Sreact.fragment"\n2:T0,\nb:T${Buffer.byteLength(headScript).toString(16)},${headScript}\n`,
        `22:T0,\n23:["$","style","0",{"href":"/s.css","children":"$22"}]\n`,
      ]),
    );
    expect(stylesheetCopies(original)).toEqual([{ href: '/s.css', copies: 3 }]);
    expect(stylesheetCopies(html)).toEqual([{ href: '/s.css', copies: 1 }]);
  });

  it('finds a row cut across chunks, and keeps the rest of each chunk where it was', () => {
    const stream = `1:"$Sreact.fragment"\n2:T${bytes},${css}\n3:"after"\n`;
    // Cut inside the row's length, inside its text, and after it.
    const cuts = [stream.indexOf(':T') + 3, stream.indexOf('@media'), stream.length - 4];
    const ends = [...cuts, stream.length];
    const pieces = [0, ...cuts].map((start, i) => stream.slice(start, ends[i]));
    const { html, removed } = withoutRepeatedStylesheets(page(pieces));
    expect(removed).toBe(1);
    const chunks = [...html.matchAll(/push\((\[1,[^<]*\])\)/g)].map(
      (match) => JSON.parse(match[1]!)[1] as string,
    );
    expect(chunks.join('')).toBe('1:"$Sreact.fragment"\n2:T0,\n3:"after"\n');
    expect(chunks.at(-1)).toBe('er"\n');
    expect(stylesheetCopies(html)).toEqual([{ href: '/s.css', copies: 1 }]);
  });

  it('leaves a page alone when its payload has no copy, so running twice changes nothing', () => {
    const once = withoutRepeatedStylesheets(original).html;
    expect(withoutRepeatedStylesheets(once)).toEqual({ html: once, removed: 0 });
  });

  it('keeps a row whose text only starts like the stylesheet or has another length', () => {
    const longer = page([`2:T${(Buffer.byteLength(css) + 1).toString(16)},${css}x\n`]);
    expect(withoutRepeatedStylesheets(longer).removed).toBe(0);
  });

  it('refuses a payload written differently from how Next escapes it', () => {
    const unescaped = original.replace(/\\u003e/, '>');
    expect(() => withoutRepeatedStylesheets(unescaped)).toThrow(/escaped in a way/);
  });
});
