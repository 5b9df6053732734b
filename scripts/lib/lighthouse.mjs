// Lighthouse is the benchmark's tool, not a test's: it is not in package.json, where every
// `npm ci` would unpack its 110 packages for a test command that never runs it. `npm run bench`
// installs the pinned version on first use (12.2.3: 13 wants Node 22).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const pinned = 'lighthouse@12.2.3';
const require = createRequire(import.meta.url);

function resolved() {
  try {
    return require.resolve('lighthouse');
  } catch {
    return null;
  }
}

/** Lighthouse's programmatic entry and its version, installed (without saving) if missing. */
export async function loadLighthouse() {
  if (!resolved()) {
    console.log(
      `Installing ${pinned} for the benchmark (not a dependency of the site or its tests)…`,
    );
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const { status } = spawnSync(npm, ['install', '--no-save', pinned], { stdio: 'inherit' });
    if (status !== 0) throw new Error(`npm install --no-save ${pinned} failed`);
  }
  const entry = resolved();
  if (!entry) throw new Error(`${pinned} was installed but cannot be found`);
  const { default: lighthouse } = await import(pathToFileURL(entry).href);
  const { version } = require('lighthouse/package.json');
  return { lighthouse, version };
}
