// The response policy every host of the export applies: security headers, the Content-Security-
// Policy and the cache policy. scripts/serve.mjs sends it at run time; scripts/headers.mjs writes
// it into each page (a <meta> CSP), out/_headers and the nginx include files. One source so they
// cannot drift.
// Hand-written: this is our policy (data), with the small hashing it needs.
import { createHash } from 'node:crypto';
import { inlineScriptTexts, styleAttributeValues, styles } from './html.mjs';

/** Sent with every response, HTML or not. */
export const commonHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // A guide needs no device access at all; every feature Chromium knows is switched off.
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'browsing-topics=()',
    'camera=()',
    'display-capture=()',
    'encrypted-media=()',
    'geolocation=()',
    'gyroscope=()',
    'hid=()',
    'idle-detection=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'publickey-credentials-get=()',
    'screen-wake-lock=()',
    'serial=()',
    'usb=()',
    'xr-spatial-tracking=()',
  ].join(', '),
  // For browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** A CSP hash source for some inline text. */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const unique = (values) => [...new Set(values)];

/** Directives that need no hash, the same for every page. */
const fixedDirectives = [
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Directives browsers ignore in a <meta> policy (with a console warning): headers only. */
const headerOnlyDirectives = ["frame-ancestors 'none'"];

/**
 * The page's own policy, the part a <meta http-equiv> can carry: scripts only from this origin
 * or, inline, by the hash of each inline script the page carries (Next's RSC payload scripts and
 * the head script), so no 'unsafe-inline' and no 'unsafe-eval'. Inline style attributes
 * (framer-motion renders its initial state as one) are allowed by hash too, through
 * 'unsafe-hashes'; styles set from JavaScript go through the CSSOM, which CSP does not restrict.
 */
export function metaPolicy(html) {
  const scriptHashes = unique(inlineScriptTexts(html).map(hashSource));
  const attributeStyles = styleAttributeValues(html);
  const styleHashes = unique([
    ...styles(html).map(({ text }) => hashSource(text)),
    ...attributeStyles.map(hashSource),
  ]);
  const styleSources = [
    "'self'",
    ...(attributeStyles.length ? ["'unsafe-hashes'"] : []),
    ...styleHashes,
  ];
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptHashes].join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
    ...fixedDirectives,
  ].join('; ');
}

/** The page's policy as a response header: the meta policy plus what only a header can say. */
export function contentSecurityPolicy(html) {
  return [metaPolicy(html), ...headerOnlyDirectives].join('; ');
}

/**
 * The policy for a response whose hashes a host can't know (every path on a static host, and
 * every non-page response): only hash-free directives, each one exactly as the page policy
 * says it, so the two can never contradict; each page's <meta> adds the rest.
 */
export const hostPolicy = [...fixedDirectives, ...headerOnlyDirectives].join('; ');

/** The security headers of any response that is not a page. */
export const staticHeaders = { ...commonHeaders, 'Content-Security-Policy': hostPolicy };

/** Every security header an HTML page is served with. */
export function pageHeaders(html) {
  return { ...commonHeaders, 'Content-Security-Policy': contentSecurityPolicy(html) };
}

/**
 * Where Next puts content-addressed files: a name there never gets new bytes, so a found file
 * may be cached for good. Nothing else is fingerprinted.
 */
export const fingerprintedPrefix = '/_next/static/';

/** The three cache policies: which one a response gets is `cacheControlFor`'s job. */
export const cacheControl = {
  immutable: 'public, max-age=31536000, immutable',
  // Stored, but revalidated on every use (an ETag makes that a 304).
  revalidate: 'no-cache',
  // A 404 or an error can be a moment in a deploy: never keep it.
  never: 'no-store',
};

/** The Cache-Control of a response: found fingerprinted file → immutable; 404s and errors never. */
export function cacheControlFor(urlPath, status) {
  if (status >= 400) return cacheControl.never;
  if ((status === 200 || status === 304) && urlPath.startsWith(fingerprintedPrefix))
    return cacheControl.immutable;
  return cacheControl.revalidate;
}
