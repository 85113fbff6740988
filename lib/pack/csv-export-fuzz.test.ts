/**
 * Exported CSV is safe to open in a spreadsheet: whatever a record holds, no cell of the file
 * starts with =, +, -, @, tab or carriage return (CSV injection), and importing the export gives
 * back exactly what was exported. csv.test.ts has the per-prefix examples; this throws random
 * text at both the generic writer (used by every export) and the relationships export.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralizeCell, parseRelationshipsCsv, relationshipsToCsv } from './csv';
import { toCsv, unneutralizeCell } from './csv-cells';
import { relationship, T0, PACK_DETAILS } from '../../tests/support/builders';

const DANGEROUS_START = /^[=+\-@\t\r]/;
const PREFIXES = ['=', '+', '-', '@', '\t', '\r'];

/** Strings that often start like a formula, with quotes, separators and line breaks inside. */
const risky = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.tuple(fc.constantFrom(...PREFIXES, "'", "''", ' ', ''), fc.constantFrom(...PREFIXES, "'", ''), fc.string({ maxLength: 20 })).map((parts) => parts.join('')),
  fc.constantFrom('=HYPERLINK("http://evil.example","x")', '=cmd|\' /C calc\'!A0', '+1+1', '-2+3', '@SUM(1,2)', '\t=1', '\r=1', "'=already", '=1,"a"\r\n=2'),
);

function cellsOf(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV export neutralises formulas', () => {
  it('neutralizeCell covers every prefix, and exactly those', () => {
    for (const prefix of PREFIXES) expect(neutralizeCell(`${prefix}x`)).toBe(`'${prefix}x`);
    for (const safe of ['x=1', ' =1', 'a@b', '1-2', "'", '']) expect(neutralizeCell(safe)).toBe(safe);
  });

  it('toCsv: no cell starts like a formula, and every cell reads back exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.array(risky, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const cells = cellsOf(toCsv(['a', 'b', 'c'], rows));
        expect(cells[0]).toEqual(['a', 'b', 'c']);
        const body = cells.slice(1);
        // A row of empty cells is still written (",,"), so every row must come back.
        const expected = rows;
        expect(body).toHaveLength(expected.length);
        body.forEach((row, r) =>
          row.forEach((cell, c) => {
            expect(DANGEROUS_START.test(cell), JSON.stringify(cell)).toBe(false);
            expect(unneutralizeCell(cell)).toBe(expected[r]![c]);
          }),
        );
      }),
      { numRuns: 500 },
    );
  });

  it('the relationships export is safe and imports back to the same records', () => {
    fc.assert(
      fc.property(risky, risky, risky, risky, (name, notes, how, holder) => {
        const trimmed = (s: string) => s.trim();
        // Import trims cells, and a name is required: keep the generated values within those rules.
        fc.pre(trimmed(name) !== '' && trimmed(holder) !== '');
        const rel = relationship({
          ...PACK_DETAILS,
          person: { name: name.trim(), profileUrl: 'https://www.linkedin.com/in/jane-doe/' },
          knownBy: { name: holder.trim(), team: '-East' },
          ...(notes.trim() ? { notes: notes.trim() } : {}),
          ...(how.trim() ? { howWeKnow: how.trim() } : {}),
        });
        const csv = relationshipsToCsv([rel]);
        for (const row of cellsOf(csv).slice(1)) for (const cell of row) expect(DANGEROUS_START.test(cell), JSON.stringify(cell)).toBe(false);
        const back = parseRelationshipsCsv(csv, new Date(T0));
        if (!back.ok) throw new Error(JSON.stringify(back.errors));
        expect(back.relationships).toEqual([rel]);
      }),
      { numRuns: 300 },
    );
  });
});
