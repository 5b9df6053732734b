#!/usr/bin/env node
// The response policy for static hosts, from the same code scripts/serve.mjs uses.
//   node scripts/headers.mjs          writes each page's CSP <meta> into every out/**/*.html
//                                     (404.html and Next's _not-found.html too) and out/_headers
//                                     (Netlify / Cloudflare Pages); `npm run build` runs it
//   node scripts/headers.mjs --check  fails if a page's <meta> or out/_headers is missing or
//                                     stale, _headers breaks the hosts' limits, or any policy is
//                                     weaker than the rules below (part of `npm run audit`)
//   node scripts/headers.mjs --nginx DIR  writes the same headers as nginx configuration:
//                                     DIR/unsend-maps.conf (http {}: the cache policy),
//                                     DIR/unsend-headers.conf (server {}: add_header lines) and
//                                     DIR/unsend-editions.conf (server {}: each edition's 404)
// It also writes out/_redirects (Netlify): each edition's own 404 page for a missing page under it.
// Hand-written: per-page CSP hashes of our own inline scripts, and our policy in each host's
// format; no tool writes both from one source.
import fs from 'node:fs';
import path from 'node:path';
import { exportDir } from './lib/export.mjs';
import { policyMetaProblems, withPolicyMeta } from './lib/csp-meta.mjs';
import {
  editionFolders,
  headersFile,
  headersFileProblems,
  headersFileStats,
  nginxConfig,
  redirectsFile,
} from './lib/host-config.mjs';
import { inlineScriptTexts, styleAttributeValues } from './lib/html.mjs';
import { commonHeaders, contentSecurityPolicy, hostPolicy } from './lib/security-headers.mjs';
import { printTable, report } from './lib/table.mjs';

const root = exportDir();
// Every HTML file, Next's own copies included: a host may serve any of them.
const pages = fs
  .readdirSync(root, { recursive: true })
  .filter((name) => name.endsWith('.html') && !name.startsWith(`_next${path.sep}`))
  .map((name) => path.join(root, name))
  .sort()
  .map((file) => ({ file, html: fs.readFileSync(file, 'utf8') }));

/** Replaces a file in one step, so a server reading it meanwhile sees the old or the new. */
function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, text);
  fs.renameSync(temporary, file);
}

/** What every policy must say, whatever the page; `csp` is a page's header policy. */
function policyProblems(csp) {
  const directives = new Map(
    csp.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
  const problems = [];
  const scriptSources = directives.get('script-src') ?? [];
  if (!scriptSources.length) problems.push('no script-src');
  for (const source of scriptSources) {
    if (!(source === "'self'" || source.startsWith("'sha256-")))
      problems.push(`script-src allows ${source}`);
  }
  if (csp.includes("'unsafe-eval'")) problems.push("'unsafe-eval' present");
  const required = {
    'default-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': "'none'",
  };
  for (const [name, value] of Object.entries(required)) {
    if ((directives.get(name) ?? []).join(' ') !== value) problems.push(`${name} is not ${value}`);
  }
  return problems;
}

const target = path.join(root, '_headers');
const redirectsTarget = path.join(root, '_redirects');
const editions = editionFolders(root);
if (process.argv.includes('--nginx')) {
  const dir = process.argv[process.argv.indexOf('--nginx') + 1];
  if (!dir || dir.startsWith('--')) {
    console.error('Usage: node scripts/headers.mjs --nginx <directory for the two .conf files>');
    process.exit(1);
  }
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, lines] of Object.entries(nginxConfig(editions))) {
    fs.writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
    console.log(`Wrote ${path.join(dir, name)}`);
  }
} else if (process.argv.includes('--check')) {
  const failures = [];
  if (!fs.existsSync(target))
    failures.push('out/_headers is missing: run "node scripts/headers.mjs" (npm run build does)');
  else if (fs.readFileSync(target, 'utf8') !== headersFile())
    failures.push('out/_headers is stale: written by an older scripts/headers.mjs');
  failures.push(...headersFileProblems(headersFile()).map((problem) => `_headers: ${problem}`));
  if (
    !fs.existsSync(redirectsTarget) ||
    fs.readFileSync(redirectsTarget, 'utf8') !== redirectsFile(editions)
  )
    failures.push(
      'out/_redirects is missing or stale: run "node scripts/headers.mjs" (npm run build does)',
    );
  if (!hostPolicy.includes("frame-ancestors 'none'"))
    failures.push("_headers: the CSP under /* lacks frame-ancestors 'none'");
  const rows = pages.map(({ file, html }) => {
    const name = path.relative(root, file);
    const problems = [...policyMetaProblems(html), ...policyProblems(contentSecurityPolicy(html))];
    failures.push(...problems.map((problem) => `${name}: ${problem}`));
    return [
      name,
      inlineScriptTexts(html).length,
      styleAttributeValues(html).length,
      contentSecurityPolicy(html).length,
      problems.length ? 'WRONG' : 'ok',
    ];
  });
  printTable(
    ['file', 'inline scripts (hashed)', 'style attributes (hashed)', 'CSP bytes', 'policy'],
    rows,
    'lrrrl',
  );
  const { rules, longestLine } = headersFileStats(headersFile());
  console.log(`\n_headers: ${rules} rules, longest line ${longestLine} characters.`);
  console.log(`Common headers: ${Object.keys(commonHeaders).join(', ')}.`);
  report('headers', failures);
} else {
  const changed = pages.filter(({ file, html }) => {
    const next = withPolicyMeta(html);
    if (next !== html) writeAtomically(file, next);
    return next !== html;
  });
  const problems = headersFileProblems(headersFile());
  if (problems.length) {
    console.error(`_headers would break the hosts' limits: ${problems.join('; ')}`);
    process.exit(1);
  }
  writeAtomically(target, headersFile());
  writeAtomically(redirectsTarget, redirectsFile(editions));
  console.log(
    `Wrote a CSP <meta> into ${changed.length} of ${pages.length} pages, ${path.relative(process.cwd(), target)} and ${path.relative(process.cwd(), redirectsTarget)} (editions' 404 pages: ${editions.join(', ') || 'none'}).`,
  );
}
