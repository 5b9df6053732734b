#!/usr/bin/env node
// `npm run validate:html`: every exported page through html-validate (.htmlvalidate.mjs);
// 0 errors allowed.
// Hand-written: a thin loop over html-validate's own API, to print one table over every page.
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { exportDir, htmlPages } from './lib/export.mjs';
import { printTable, report } from './lib/table.mjs';

/**
 * The loader resolves the configuration once: every page in out/ has the same one (the root
 * .htmlvalidate.mjs), and html-validate would otherwise rebuild it and its element table for
 * each of the ~300 files, a third of the run's time.
 */
class OneConfigLoader extends FileSystemConfigLoader {
  #config;
  getConfigFor(handle, override) {
    if (override) return super.getConfigFor(handle, override);
    return (this.#config ??= super.getConfigFor(handle));
  }
}

const root = exportDir();
const validator = new HtmlValidate(new OneConfigLoader());
const failures = [];
const rows = [];

for (const { route, file } of htmlPages(root)) {
  const result = await validator.validateFile(path.relative(process.cwd(), file));
  const messages = result.results.flatMap((entry) => entry.messages);
  const errors = messages.filter((message) => message.severity === 2);
  const warnings = messages.length - errors.length;
  rows.push([route, errors.length, warnings]);
  for (const message of errors) {
    failures.push(
      `${route} ${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
    );
  }
}

const total = (column) => rows.reduce((sum, row) => sum + row[column], 0);
printTable(
  ['route', 'errors', 'warnings'],
  rows.filter((row) => row[1] + row[2] > 0),
  'lrr',
);
console.log(`\n${rows.length} pages validated: ${total(1)} errors, ${total(2)} warnings.`);
report('validate:html', failures);
