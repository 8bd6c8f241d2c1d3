/** The figures as CSV: RFC 4180 quoting, a UTF-8 byte order mark, no cell a spreadsheet would run as a formula. */
import { sourceOf } from '../layout/figure.js';
import type { Snapshot } from './snapshot.js';

/** The columns. They stay these English words in every language: programs read them. */
export const CSV_COLUMNS = ['label', 'value', 'unit', 'period', 'publisher', 'title', 'date', 'retrieved', 'url', 'note'] as const;

/**
 * One cell: a leading = + - @ (or tab, return) gets a ' before it, unless the cell is a plain
 * negative number ("-3%", "-1,200"), which a spreadsheet reads as one; a comma, quote or line break,
 * quotes.
 */
function cell(value = ''): string {
  const formula = /^[=+\-@\t\r]/.test(value) && !/^-[\d.,\s\u00a0\u202f]+%?$/.test(value);
  const safe = formula ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text: a BOM (so spreadsheets read UTF-8), CRLF after every row. */
export function toCsv(rows: readonly (readonly (string | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => `${row.map(cell).join(',')}\r\n`).join('')}`;
}

/** A snapshot's records with their sources joined: the provenance travels with the numbers. */
export function csvOf({ records, profile }: Snapshot): string {
  return toCsv([
    CSV_COLUMNS,
    ...records.map((r) => {
      const s = sourceOf(profile, r.source);
      return [r.label, r.value, r.unit, r.period, s?.publisher, s?.title, s?.date, s?.retrieved, s?.url, r.note];
    }),
  ]);
}
