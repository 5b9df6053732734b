// Plain-text tables for the audits' output (also valid Markdown, so `npm run bench` writes
// them into docs/quality.md).
// Hand-written: twenty lines of padding; a table library would be a dependency for that.

/**
 * Rows (arrays of cells) under a header row, as lines of text. `align` has one letter per column:
 * l (default) or r (numbers).
 */
export function formatTable(header, rows, align = '') {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column].length)));
  const right = (column) => align[column] === 'r';
  const line = (row) =>
    `| ${row
      .map((cell, column) =>
        right(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join(' | ')} |`;
  const rule = `| ${widths.map((width, column) => (right(column) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`;
  return [line(all[0]), rule, ...all.slice(1).map(line)].join('\n');
}

/** Prints a table: see formatTable. */
export const printTable = (header, rows, align) => console.log(formatTable(header, rows, align));

/** Prints the failures (if any) and sets the exit code; returns whether all passed. */
export function report(name, failures) {
  if (failures.length === 0) {
    console.log(`\n${name}: all passed.`);
    return true;
  }
  console.error(`\n${name}: ${failures.length} failure(s):`);
  for (const failure of failures) console.error(`  ✗ ${failure}`);
  process.exitCode = 1;
  return false;
}
