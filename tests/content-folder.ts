import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { ContentError } from '@/lib/content/errors';
import { contentRoot } from '@/lib/content/files';

/** A content file: each frontmatter value written as JSON (which YAML reads); undefined leaves it out. */
export function mdxFile(fields: Record<string, unknown>, body: string): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Writes the files to a fresh folder and returns its name relative to content/, so a loader
 * reads it exactly as it reads the real content. Removed after the test file.
 */
export function contentFolder(files: Record<string, string | Uint8Array>): string {
  return path.relative(contentRoot, tempTree(files));
}

/** The files (names may hold folders: `guides/x.mdx`) in a fresh folder; its absolute path. */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-test-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

export function contentErrorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError, but the content loaded');
}
