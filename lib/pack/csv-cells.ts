/** Cell-level CSV rules shared by every Warmline CSV export and the relationships import. */

// A spreadsheet runs a cell as a formula when it starts with one of these (CSV injection): also
// after leading spaces or line breaks, which spreadsheets skip, and in their full-width forms
// (＝＋－＠), which some read as the ASCII ones. A tab or carriage return first is refused too.
const FORMULA_START = /^'*(?:[\t\r]|\s*[=+\-@＝＋－＠])/;
const NEUTRALIZED = /^'+(?:[\t\r]|\s*[=+\-@＝＋－＠])/;

/**
 * Prefixes a single quote to a cell a spreadsheet would run as a formula (it starts with =, +, -,
 * @ or their full-width forms, perhaps after spaces or line breaks; or with a tab or carriage
 * return). Cells that already start with quotes before such a start get one more, so
 * `unneutralizeCell` can undo it exactly.
 */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `neutralizeCell` on import. */
export function unneutralizeCell(value: string): string {
  return NEUTRALIZED.test(value) ? value.slice(1) : value;
}

/** RFC 4180: quote a field holding a comma, quote, line break or edge spaces; double inner quotes. */
export function quoteCsvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV file: header row, CRLF line ends, every cell neutralised and quoted as needed. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const line = (cells: ReadonlyArray<string>) => cells.map((cell) => quoteCsvField(neutralizeCell(cell))).join(',');
  return [header, ...rows].map(line).join('\r\n') + '\r\n';
}

const TRUE_WORDS = new Set(['true', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'no', '0']);

/** true/false, yes/no, 1/0 (any case); undefined for an empty cell; 'invalid' otherwise. */
export function parseBooleanCell(value: string | undefined): boolean | undefined | 'invalid' {
  if (value === undefined) return undefined;
  const word = value.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return 'invalid';
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal number; undefined for an empty cell; 'invalid' otherwise. */
export function parseNumberCell(value: string | undefined): number | undefined | 'invalid' {
  if (value === undefined) return undefined;
  return NUMBER.test(value) ? Number(value) : 'invalid';
}
