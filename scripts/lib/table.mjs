// Plain-text tables for the audits' output (also valid Markdown, so they paste into the README).

/**
 * Prints rows (arrays of cells) under a header row. `align` has one letter per column:
 * l (default) or r (numbers).
 */
export function printTable(header, rows, align = '') {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column].length)));
  const right = (column) => align[column] === 'r';
  const line = (row) =>
    `| ${row
      .map((cell, column) =>
        right(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join(' | ')} |`;
  console.log(line(all[0]));
  console.log(
    `| ${widths.map((width, column) => (right(column) ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width))).join(' | ')} |`,
  );
  for (const row of all.slice(1)) console.log(line(row));
}

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
