// Next's experimental.inlineCss writes the stylesheet into each page three times: the <style>
// that styles it, and twice more as text rows of the RSC payload inlined in the same HTML
// (vercel/next.js#98079 and #98110; the fixes in #98084 and #98397 are not released). On
// hydration React adopts the <style data-href> the document already has and never reads the
// rows' text, so in the HTML the rows can be empty: about 11 KB less gzip on every page, ahead
// of the first paint on a slow link. The .txt payloads a client-side navigation fetches keep
// their copies, since the page navigated to may need a stylesheet the current one lacks.
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

/** The rows of one decoded payload chunk whose text is exactly `css`, emptied; with the count. */
function emptyRows(text, css) {
  // A text row: `<id>:T<length in UTF-8 bytes, hex>,<text>`, starting a line or the chunk.
  const header = new RegExp(`(^|\\n)([0-9a-f]+):T${Buffer.byteLength(css).toString(16)},`, 'g');
  let out = '';
  let from = 0;
  let count = 0;
  for (const match of text.matchAll(header)) {
    const start = match.index + match[0].length;
    if (match.index < from || !text.startsWith(css, start)) continue;
    out += `${text.slice(from, match.index)}${match[1]}${match[2]}:T0,`;
    from = start + css.length;
    count += 1;
  }
  return { text: out + text.slice(from), count };
}

/**
 * The page's HTML with every payload text row that repeats one of the page's own inline
 * stylesheets emptied, and how many rows that was. Throws, naming the problem, when a payload
 * chunk is not written the way this expects (so a new Next can't make it quietly do nothing
 * or, worse, write a chunk differently from Next).
 */
export function withoutRepeatedStylesheets(html) {
  const sheets = styles(html)
    .filter(({ attributes }) => attributes.has('data-href'))
    .map(({ text }) => text)
    .filter((css) => css.length > 0);
  let removed = 0;
  const result = html.replace(flightScript, (whole, literal) => {
    const chunk = JSON.parse(literal);
    if (encode(chunk) !== literal)
      throw new Error('an RSC payload chunk is escaped in a way this does not reproduce');
    if (chunk[0] !== 1 || typeof chunk[1] !== 'string') return whole;
    let text = chunk[1];
    for (const css of sheets) {
      const emptied = emptyRows(text, css);
      text = emptied.text;
      removed += emptied.count;
    }
    return text === chunk[1] ? whole : `<script>self.__next_f.push(${encode([1, text])})</script>`;
  });
  return { html: result, removed };
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
