// Lighthouse is the benchmark's tool, not a test's: it is not in package.json, where every
// `npm ci` would unpack its 110 packages for a test command that never runs it. `npm run bench`
// installs the pinned version on first use (12.2.3: 13 wants Node 22).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const version = '12.2.3';
const packageDir = new URL('../../node_modules/lighthouse/', import.meta.url);
const packageFile = new URL('package.json', packageDir);

/** The installed Lighthouse's package.json, or null when none is there. */
function installed() {
  return fs.existsSync(packageFile) ? JSON.parse(fs.readFileSync(packageFile, 'utf8')) : null;
}

/**
 * Lighthouse's programmatic entry and its version, installed (without saving) if missing or not
 * the pinned version. Found by its package.json on disk rather than by `require.resolve`: Node
 * remembers a failed lookup for the rest of the process, so a lookup before the install would
 * still fail after it.
 */
export async function loadLighthouse() {
  if (installed()?.version !== version) {
    const pinned = `lighthouse@${version}`;
    console.log(
      `Installing ${pinned} for the benchmark (not a dependency of the site or its tests)…`,
    );
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { status } = spawnSync(npm, ['install', '--no-save', pinned], { stdio: 'inherit' });
    if (status !== 0) throw new Error(`npm install --no-save ${pinned} failed`);
  }
  const pkg = installed();
  if (pkg?.version !== version) throw new Error(`lighthouse ${version} is not in node_modules`);
  const { default: lighthouse } = await import(new URL(pkg.main, packageDir).href);
  return { lighthouse, version };
}
