// The framework floor: an empty Next.js page built with the site's own next.config.mjs. Every
// page's JavaScript is reported over it, and `npm run bench` audits ours beside it.
// It is built in .floor/ inside the repository (gitignored) because Turbopack refuses a
// node_modules reached through a symlink out of the project; from there Node finds the
// repository's node_modules by walking up. The build is reused while Next's version, the config
// and this file are unchanged.
// Hand-written: the floor is our own yardstick (an empty page with our config), built the way
// Turbopack allows.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const files = {
  // Re-exported rather than copied, so the floor always has exactly the site's config.
  'next.config.mjs': "export { default } from '../next.config.mjs';\n",
  'app/layout.jsx': `export const metadata = { title: 'Floor', description: 'An empty Next.js page.' };

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.jsx': `export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <p>An empty Next.js page: the least JavaScript a page of this framework loads.</p>
    </main>
  );
}
`,
};

/** Builds the floor if needed; returns the directory of its export. */
export function ensureFloor(repoRoot = process.cwd()) {
  const require = createRequire(path.join(repoRoot, 'package.json'));
  const nextPackage = require.resolve('next/package.json');
  const stamp = createHash('sha256')
    .update(fs.readFileSync(nextPackage))
    .update(fs.readFileSync(path.join(repoRoot, 'next.config.mjs')))
    .update(JSON.stringify(files))
    .digest('hex');
  const dir = path.join(repoRoot, '.floor');
  const out = path.join(dir, 'out');
  const stampFile = path.join(dir, 'stamp');
  if (fs.existsSync(path.join(out, 'index.html')) && fs.existsSync(stampFile)) {
    if (fs.readFileSync(stampFile, 'utf8') === stamp) return out;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  console.log('Building the framework floor (an empty Next.js page) in .floor/ …');
  const nextBin = path.join(path.dirname(nextPackage), 'dist/bin/next');
  execFileSync(process.execPath, [nextBin, 'build'], {
    cwd: dir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  fs.writeFileSync(stampFile, stamp);
  return out;
}
