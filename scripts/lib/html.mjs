// Small, exact readers for the HTML that React and Next emit (double-quoted attributes, no
// `>` inside script tags). The audits parse the export with these instead of a DOM so the
// server can use them too without pulling a test library into `npm start`.
// Hand-written: a few exact regex readers for Next's own output, so `npm start` needs no HTML
// parser dependency.

const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an HTML parser would decode in an attribute value. */
export function decodeEntities(value) {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return String.fromCodePoint(code);
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Attributes of one start tag's attribute text, names lower-cased, values decoded. */
function parseAttributes(text) {
  const attributes = new Map();
  for (const match of text.matchAll(attributePattern)) {
    const raw = match[2] ?? match[3] ?? match[4] ?? '';
    attributes.set(match[1].toLowerCase(), decodeEntities(raw));
  }
  return attributes;
}

// The HTML parser turns CR and CRLF into LF before a script's text is hashed.
const normaliseNewlines = (text) => text.replace(/\r\n?/g, '\n');

function rawTextElements(html, name) {
  const pattern = new RegExp(`<${name}\\b([^>]*)>([\\s\\S]*?)</${name}\\s*>`, 'gi');
  return [...html.matchAll(pattern)].map((match) => ({
    attributes: parseAttributes(match[1]),
    text: normaliseNewlines(match[2]),
  }));
}

/** Every <script> element: its attributes and its text. */
const scripts = (html) => rawTextElements(html, 'script');

/** Every <style> element: its attributes and its text. */
export const styles = (html) => rawTextElements(html, 'style');

/** The HTML with the text of every <script> and <style> emptied, so tag scans see only markup. */
function markupOnly(html) {
  return html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
}

/** Every start tag in the markup (comments and raw text left out), in document order. */
export function startTags(html) {
  const markup = markupOnly(html).replace(/<!--[\s\S]*?-->/g, '');
  const tagPattern =
    /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
  return [...markup.matchAll(tagPattern)].map((match) => ({
    name: match[1].toLowerCase(),
    attributes: parseAttributes(match[2]),
  }));
}

/** The `src` of every external script a modern browser runs (`noModule` ones it skips). */
export function scriptSources(html) {
  const sources = scripts(html)
    .filter(({ attributes }) => attributes.has('src') && !attributes.has('nomodule'))
    .map(({ attributes }) => attributes.get('src'));
  return [...new Set(sources)];
}

/** The text of every inline script (no `src`): what a CSP must allow by hash. */
export function inlineScriptTexts(html) {
  return scripts(html)
    .filter(({ attributes }) => !attributes.has('src'))
    .map(({ text }) => text);
}

/** The `href` of every stylesheet the page links. */
export function stylesheetHrefs(html) {
  const hrefs = startTags(html)
    .filter(
      ({ name, attributes }) =>
        name === 'link' && (attributes.get('rel') ?? '').split(/\s+/).includes('stylesheet'),
    )
    .map(({ attributes }) => attributes.get('href'));
  return [...new Set(hrefs)];
}

/** Every inline style attribute value, as the browser sees it. */
export function styleAttributeValues(html) {
  return startTags(html)
    .filter(({ attributes }) => attributes.has('style'))
    .map(({ attributes }) => attributes.get('style'));
}
