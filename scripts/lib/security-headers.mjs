// The response headers every host of the export sends: scripts/serve.mjs at run time, and the
// generated out/_headers and nginx map for static hosts. One source so they cannot drift.
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

/**
 * The page's Content-Security-Policy: scripts only from this origin or, inline, by the hash of
 * each inline script the page carries (Next's RSC payload scripts and the head script), so no
 * 'unsafe-inline' and no 'unsafe-eval'. Inline style attributes (framer-motion renders its
 * initial state as one) are allowed by hash too, through 'unsafe-hashes'; styles set from
 * JavaScript go through the CSSOM, which CSP does not restrict.
 */
export function contentSecurityPolicy(html) {
  const scriptHashes = unique(inlineScriptTexts(html).map(hashSource));
  const styleHashes = unique([
    ...styles(html).map(({ text }) => hashSource(text)),
    ...styleAttributeValues(html).map(hashSource),
  ]);
  const hasStyleAttributes = styleAttributeValues(html).length > 0;
  const styleSources = [
    "'self'",
    ...(hasStyleAttributes ? ["'unsafe-hashes'"] : []),
    ...styleHashes,
  ];
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptHashes].join(' ')}`,
    `style-src ${styleSources.join(' ')}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Every header an HTML page is served with. */
export function pageHeaders(html) {
  return { ...commonHeaders, 'Content-Security-Policy': contentSecurityPolicy(html) };
}
