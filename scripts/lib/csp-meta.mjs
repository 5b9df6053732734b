// Each page carries its own policy as a <meta http-equiv="Content-Security-Policy"> right at
// the start of <head> (after the charset, before any script or style), so it holds on any host,
// including one that sets no headers at all.
// Hand-written: CSP plugins hash scripts at bundle time; ours must hash the exported HTML after
// Next wrote it.
import { startTags } from './html.mjs';
import { metaPolicy } from './security-headers.mjs';

const written = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/g;
const headStart = /<head\b[^>]*>(?:<meta charSet="[^"]*"\/>)?/i;

const attributeValue = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The page with exactly one policy <meta>, current for the page as it now is. */
export function withPolicyMeta(html) {
  const bare = html.replace(written, '');
  if (!headStart.test(bare)) throw new Error('no <head> to put the Content-Security-Policy in');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${attributeValue(metaPolicy(bare))}"/>`;
  return bare.replace(headStart, (start) => `${start}${meta}`);
}

const isPolicyMeta = ({ name, attributes }) =>
  name === 'meta' &&
  (attributes.get('http-equiv') ?? '').toLowerCase() === 'content-security-policy';

/** Why a page's policy <meta> is missing, misplaced or stale; [] if it is right. */
export function policyMetaProblems(html) {
  const tags = startTags(html);
  const metas = tags.filter(isPolicyMeta);
  if (metas.length !== 1) return [`${metas.length} Content-Security-Policy <meta> elements`];
  const problems = [];
  const before = tags.slice(0, tags.indexOf(metas[0]));
  const allowedBefore = ({ name, attributes }) =>
    name === 'html' || name === 'head' || (name === 'meta' && attributes.has('charset'));
  if (!before.every(allowedBefore))
    problems.push(
      `the policy <meta> comes after <${before.find((tag) => !allowedBefore(tag)).name}>`,
    );
  const charset = html.search(/<meta charset=/i);
  const charsetEnd = html.indexOf('>', charset) + 1;
  if (charset < 0 || Buffer.byteLength(html.slice(0, charsetEnd)) > 1024)
    problems.push('<meta charset> is not within the first 1024 bytes');
  if (metas[0].attributes.get('content') !== metaPolicy(html))
    problems.push('the policy <meta> is stale: the page changed after it was written');
  return problems;
}
