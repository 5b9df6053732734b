// Small, strict readers and writers of HTTP pieces the static server needs.
// Hand-written: three small parsers the server needs strict (sirv and Node are lenient here: see
// docs/hosting.md).
const origin = 'http://site.invalid';

/**
 * The URL a request target names on this site, or null when it is not one: targets the URL
 * parser rejects, scheme-relative ones (`//x`, `/\x`: another host to the URL parser), and
 * anything but origin-form (`/path?query`) or absolute-form (`http://host/path`, RFC 9112 §3.2).
 */
export function requestUrl(target = '') {
  try {
    if (/^https?:\/\//i.test(target)) return new URL(target);
    if (!target.startsWith('/') || target.startsWith('//')) return null;
    const url = new URL(target, origin);
    return url.origin === origin ? url : null;
  } catch {
    return null;
  }
}

/** Whether an Accept-Encoding header accepts gzip (`gzip;q=0` refuses it, `*` accepts it). */
export function acceptsGzip(header = '') {
  const weights = new Map(
    header.split(',').map((part) => {
      const [coding = '', ...parameters] = part.split(';').map((piece) => piece.trim());
      const q = parameters.find((parameter) => /^q=/i.test(parameter));
      return [coding.toLowerCase(), q ? Number(q.slice(2)) : 1];
    }),
  );
  const weight = weights.get('gzip') ?? weights.get('x-gzip') ?? weights.get('*') ?? 0;
  return weight > 0;
}

/** Whether If-None-Match names this ETag (weak comparison, as RFC 9110 §13.1.2 asks) or is `*`. */
export function matchesEtag(header, etag) {
  if (!header) return false;
  const tags = header.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
  return tags.includes('*') || tags.includes(etag.replace(/^W\//, ''));
}
