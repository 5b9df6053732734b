// Next's experimental.inlineCss writes the stylesheet into each page three times: the <style>
// that styles it, and twice more as text rows of the RSC payload inlined in the same HTML
// (vercel/next.js#98079 and #98110; the fixes in #98084 and #98397 are not released). On
// hydration React adopts the <style data-href> the document already has and never reads the
// rows' text, so in the HTML the rows can be empty: about 11 KB less gzip on every page, ahead
// of the first paint on a slow link. The .txt payloads a client-side navigation fetches keep
// their copies, since the page navigated to may need a stylesheet the current one lacks.
// Hand-written: a workaround for a Next.js bug, until the fix is released.
import { styles } from './html.mjs';

const flightScript = /<script>self\.__next_f\.push\((\[[\s\S]*?\])\)<\/script>/g;

// How Next writes a payload chunk into a <script>: JSON with the characters an HTML parser or
// a JavaScript parser could trip on escaped (htmlEscapeJsonString in Next's source).
const escapes = {
  '&': '\\u0026',
  '<': '\\u003c',
  '>': '\\u003e',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};
const encode = (value) => JSON.stringify(value).replace(/[&<>\u2028\u2029]/g, (c) => escapes[c]);

/** Where the payload stream has a text row whose text is exactly `css`: for each, the range from
 * its length to the end of its text, which becomes `0,` (an empty row). */
function repeatRanges(stream, css) {
  const length = Buffer.byteLength(css).toString(16);
  // A text row: `<id>:T<length in UTF-8 bytes, hex>,<text>`, starting the stream or a line.
  const header = new RegExp(`(^|\\n)[0-9a-f]+:T${length},`, 'g');
  return [...stream.matchAll(header)]
    .map((match) => match.index + match[0].length)
    .filter((textStart) => stream.startsWith(css, textStart))
    .map((textStart) => [textStart - length.length - 1, textStart + css.length]);
}

/** The stream with each range replaced by `0,`, and where each old position lands in it. */
function applyRanges(stream, ranges) {
  let out = '';
  let from = 0;
  for (const [start, end] of ranges) {
    out += `${stream.slice(from, start)}0,`;
    from = end;
  }
  out += stream.slice(from);
  const moved = (position) => {
    let shift = 0;
    for (const [start, end] of ranges) {
      if (position <= start) break;
      if (position < end) return start - shift + 2;
      shift += end - start - 2;
    }
    return position - shift;
  };
  return { out, moved };
}

/**
 * The page's HTML with every payload text row that repeats one of the page's own inline
 * stylesheets emptied, and how many rows that was. The payload is one stream cut into chunks
 * anywhere (a row may start in one <script> and end in the next), so the rows are found in the
 * whole stream and the chunks cut again where they were. Throws, naming the problem, when a
 * chunk is not written the way this expects, so a new Next can't make it quietly do nothing or
 * write a chunk differently from Next.
 */
export function withoutRepeatedStylesheets(html) {
  const sheets = styles(html)
    .filter(({ attributes }) => attributes.has('data-href'))
    .map(({ text }) => text)
    .filter((css) => css.length > 0);
  const scripts = [...html.matchAll(flightScript)].map((match) => {
    const chunk = JSON.parse(match[1]);
    if (encode(chunk) !== match[1])
      throw new Error('an RSC payload chunk is escaped in a way this does not reproduce');
    return { match, chunk, text: chunk[0] === 1 && typeof chunk[1] === 'string' };
  });
  const texts = scripts.filter(({ text }) => text).map(({ chunk }) => chunk[1]);
  const stream = texts.join('');
  const ranges = sheets
    .flatMap((css) => repeatRanges(stream, css))
    .sort((a, b) => a[0] - b[0])
    .filter((range, i, all) => i === 0 || range[0] >= all[i - 1][1]);
  if (ranges.length === 0) return { html, removed: 0 };

  const { out, moved } = applyRanges(stream, ranges);
  let boundary = 0;
  const cuts = texts.map((text) => {
    const start = moved(boundary);
    boundary += text.length;
    return out.slice(start, moved(boundary));
  });
  let next = 0;
  let result = '';
  let from = 0;
  for (const { match, text } of scripts) {
    if (!text) continue;
    result += html.slice(from, match.index);
    result += `<script>self.__next_f.push(${encode([1, cuts[next]])})</script>`;
    next += 1;
    from = match.index + match[0].length;
  }
  return { html: result + html.slice(from), removed: ranges.length };
}

const occurrences = (haystack, needle) => haystack.split(needle).length - 1;

/** How many times each inline stylesheet's text is in the page, its <style> included. */
export function stylesheetCopies(html) {
  return styles(html)
    .filter(({ attributes }) => attributes.has('data-href'))
    .map(({ attributes, text }) => {
      const inPayload = encode(text).slice(1, -1);
      const copies =
        occurrences(html, text) + (inPayload === text ? 0 : occurrences(html, inPayload));
      return { href: attributes.get('data-href'), copies };
    });
}
