import { describe, expect, it } from 'vitest';
import type { Relationship } from '../model';
import { CSV_COLUMNS, csvRowId, neutralizeCell, parseRelationshipsCsv, relationshipsToCsv } from './csv';
import { quoteCsvField, unneutralizeCell } from './csv-cells';
import { relationship, T0, T1, PACK_DETAILS } from '../../tests/support/builders';

const NOW = new Date('2026-05-05T12:00:00.000Z');
const HEADER = CSV_COLUMNS.join(',');

/** One data row from column values; unnamed columns are empty. */
function row(values: Partial<Record<(typeof CSV_COLUMNS)[number], string>>): string {
  return CSV_COLUMNS.map((column) => quoteCsvField(values[column] ?? '')).join(',');
}

const JANE = {
  scope: 'person',
  person_name: 'Jane Doe',
  person_profile_url: 'https://www.linkedin.com/in/jane-doe/',
  company_name: 'Acme Robotics',
  relation: 'former-colleague',
  strength: '4',
  known_by_name: 'Sam Seller',
  can_intro: 'yes',
} as const;

function ok(text: string) {
  const result = parseRelationshipsCsv(text, NOW);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

function errorsOf(text: string) {
  const result = parseRelationshipsCsv(text, NOW);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parseRelationshipsCsv', () => {
  it('reads rows into relationships, empty cells absent, timestamps now', () => {
    const { relationships, warnings } = ok(`${HEADER}\n${row(JANE)}\n`);
    expect(warnings).toEqual([]);
    expect(relationships).toEqual([
      {
        id: expect.stringMatching(/^csv-[0-9a-f]{16}$/),
        scope: 'person',
        person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/' },
        company: { name: 'Acme Robotics' },
        relation: 'former-colleague',
        strength: 4,
        knownBy: { name: 'Sam Seller' },
        canIntro: true,
        createdAt: NOW.toISOString(),
        updatedAt: NOW.toISOString(),
      },
    ]);
  });

  it('handles BOM, CRLF, quotes, commas and line breaks inside cells, and blank lines', () => {
    const notes = 'Met at "RoboConf", 2024\r\nGreat chat; follow up';
    const text = `\uFEFF${HEADER}\r\n${row({ ...JANE, notes, how_we_know: 'a, b' })}\r\n\r\n${row({ ...JANE, person_name: 'Li Wei', person_profile_url: '' })}\r\n`;
    const { relationships } = ok(text);
    expect(relationships.map((r) => r.person?.name)).toEqual(['Jane Doe', 'Li Wei']);
    expect(relationships[0]?.notes).toBe(notes);
    expect(relationships[0]?.howWeKnow).toBe('a, b');
  });

  it('accepts true/false/yes/no/1/0 in any case, and empty for optional booleans', () => {
    const values = ['true', 'FALSE', 'Yes', 'no', '1', '0'];
    const text = [HEADER, ...values.map((v, i) => row({ ...JANE, person_name: `P${i}`, can_intro: v, forward_looking: i === 0 ? '' : v }))].join('\n');
    const { relationships } = ok(text);
    expect(relationships.map((r) => r.canIntro)).toEqual([true, false, true, false, true, false]);
    expect(relationships[0]?.qualification).toBeUndefined();
    expect(relationships[1]?.qualification).toEqual({ forwardLooking: false });
  });

  it('reads the optional id and timestamp columns, and the qualification columns', () => {
    const text = `id,${HEADER},created_at,updated_at\nmy-id,${row({ ...JANE, operationally_ready: 'true', years_in_industry: '12', vendor_history: 'Switched from X in 2022' })},${T0},${T1}\n`;
    const [rel] = ok(text).relationships;
    expect(rel).toMatchObject({
      id: 'my-id',
      createdAt: T0,
      updatedAt: T1,
      qualification: { operationallyReady: true, yearsInIndustry: 12, vendorHistory: 'Switched from X in 2022' },
    });
  });

  it('gives the same id to the same row on every import, and different ids to different people', () => {
    const first = ok(`${HEADER}\n${row(JANE)}`).relationships[0]?.id;
    const again = ok(`${HEADER}\n${row({ ...JANE, person_name: ' jane  DOE ', strength: '2' })}`).relationships[0]?.id;
    const other = ok(`${HEADER}\n${row({ ...JANE, person_name: 'John Doe' })}`).relationships[0]?.id;
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(csvRowId({ scope: 'person', personName: 'Jane Doe', companyName: 'Acme Robotics', knownByName: 'Sam Seller' })).toBe(first);
  });

  it('warns about unknown columns and accepts friendly header spellings', () => {
    const header = HEADER.replace('person_name', 'Person Name') + ',favourite_colour';
    const result = ok(`${header}\n${row(JANE)},blue`);
    expect(result.relationships).toHaveLength(1);
    expect(result.warnings).toEqual([{ where: 'row 1', field: 'favourite_colour', message: 'unknown column "favourite_colour" was ignored' }]);
  });

  it('names every missing required column', () => {
    const header = CSV_COLUMNS.filter((c) => c !== 'strength' && c !== 'can_intro').join(',');
    expect(errorsOf(`${header}\n`)).toEqual([
      { where: 'row 1', field: 'strength', message: 'the required column "strength" is missing' },
      { where: 'row 1', field: 'can_intro', message: 'the required column "can_intro" is missing' },
    ]);
    expect(errorsOf('')).toEqual([{ where: 'file', message: expect.stringContaining('header row') }]);
    expect(errorsOf(CSV_COLUMNS.join(';'))[0]?.message).toContain('semicolons');
  });

  it('names row (header is row 1) and column for every bad cell, collecting all of them', () => {
    const text = [
      HEADER,
      row(JANE),
      row({ ...JANE, person_name: 'A', strength: 'strong', can_intro: 'maybe' }),
      row({ ...JANE, person_name: 'B', scope: 'team', relation: 'enemy', known_by_email: 'nope' }),
      row({ ...JANE, person_name: '', person_profile_url: '' }),
      row({ ...JANE, person_name: 'C', person_profile_url: 'https://example.com/in/c', strength: '7', years_in_industry: '-1' }),
    ].join('\r\n');
    expect(errorsOf(text)).toEqual([
      { where: 'row 3', field: 'strength', message: '"strong" is not a number' },
      { where: 'row 3', field: 'can_intro', message: '"maybe" is not a yes/no value: use true/false, yes/no or 1/0' },
      { where: 'row 4', field: 'scope', message: expect.stringContaining('"person"|"company"') },
      { where: 'row 4', field: 'relation', message: expect.stringContaining('"former-colleague"') },
      { where: 'row 4', field: 'known_by_email', message: expect.any(String) },
      { where: 'row 5', field: 'person_name', message: 'required when scope is "person"' },
      { where: 'row 6', field: 'person_profile_url', message: 'must be a linkedin.com /in/<slug> URL' },
      { where: 'row 6', field: 'strength', message: expect.stringContaining('5') },
      { where: 'row 6', field: 'years_in_industry', message: expect.stringContaining('0') },
    ]);
  });

  it('refuses a row with more cells than the header, and two rows for the same relationship', () => {
    expect(errorsOf(`${HEADER}\n${row(JANE)},extra`)).toEqual([{ where: 'row 2', message: expect.stringContaining('18 cells') }]);
    expect(errorsOf(`${HEADER}\n${row(JANE)}\n${row({ ...JANE, strength: '1' })}`)).toEqual([
      { where: 'row 3', field: 'id', message: expect.stringContaining('same relationship as row 2') },
    ]);
  });

  it('counts rows as a spreadsheet does when a cell spans lines', () => {
    const text = `${HEADER}\n${row({ ...JANE, notes: 'one\ntwo\nthree' })}\n${row({ ...JANE, person_name: 'X', strength: '0' })}`;
    expect(errorsOf(text)).toEqual([{ where: 'row 3', field: 'strength', message: expect.any(String) }]);
  });

  it('reports an unclosed quote', () => {
    const errors = errorsOf(`${HEADER}\n${row(JANE).replace('Jane Doe', '"Jane Doe')}`);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.where).toMatch(/^row \d+$/);
  });

  it('parses 100,000 rows in a couple of seconds', () => {
    const template = row({ ...JANE, person_name: 'Person #', person_profile_url: 'https://www.linkedin.com/in/p-#/', known_by_email: 'sam@example.com', notes: 'Met, at "a" conference' });
    const lines = [HEADER];
    for (let i = 0; i < 100_000; i++) lines.push(template.replaceAll('#', String(i)));
    const text = lines.join('\r\n');
    const started = performance.now();
    const result = parseRelationshipsCsv(text, NOW);
    const elapsed = performance.now() - started;
    expect(result.ok).toBe(true);
    if (result.ok) expect(new Set(result.relationships.map((r) => r.id)).size).toBe(100_000);
    console.info(`parseRelationshipsCsv: 100,000 rows in ${Math.round(elapsed)} ms`);
    // About 1.5 s on an idle machine; the bound leaves room for a busy test run.
    expect(elapsed).toBeLessThan(8000);
  }, 30_000);
});

describe('relationshipsToCsv', () => {
  it('writes RFC 4180 with CRLF, a header row, id and timestamps', () => {
    const csv = relationshipsToCsv([relationship({ ...PACK_DETAILS, notes: 'He said "hi",\nthen left' })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(`id,${HEADER},created_at,updated_at`);
    expect(csv).toContain('"He said ""hi"",\nthen left"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const danger of ['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(neutralizeCell(danger)).toBe(`'${danger}`);
    }
    expect(neutralizeCell('safe = fine')).toBe('safe = fine');
    expect(neutralizeCell("'=already")).toBe("''=already");
    expect(neutralizeCell("it's")).toBe("it's");
    const csv = relationshipsToCsv([relationship({ ...PACK_DETAILS, notes: '=cmd|calc', howWeKnow: '@x', knownBy: { name: '+Sam' } })]);
    expect(csv).toContain(",'=cmd|calc,");
    expect(csv).toContain(",'@x,");
    expect(csv).toContain(",'+Sam,");
  });

  it('unneutralises exactly what it neutralised', () => {
    for (const value of ['=a', "'=a", "''+b", "'plain", 'plain', '-', '']) {
      expect(unneutralizeCell(neutralizeCell(value))).toBe(value);
    }
  });

  it('round-trips through parseRelationshipsCsv', () => {
    const rels: Relationship[] = [
      relationship(PACK_DETAILS),
      relationship({
        ...PACK_DETAILS,
        id: 'rel-acme',
        scope: 'company',
        person: undefined,
        company: { name: 'Acme, "the" Robotics', linkedinUrl: 'https://www.linkedin.com/company/acme/' },
        relation: 'customer',
        strength: 1,
        knownBy: { name: '=Sam' },
        canIntro: false,
        howWeKnow: '-- long story',
        notes: 'multi\nline, with "quotes"\r\nand CRLF',
        qualification: { operationallyReady: false, yearsInIndustry: 0, forwardLooking: true, vendorHistory: '@home' },
      }),
    ];
    const cleaned = rels.map((r) => JSON.parse(JSON.stringify(r)) as Relationship);
    const result = parseRelationshipsCsv(relationshipsToCsv(rels), NOW);
    expect(result).toEqual({ ok: true, relationships: cleaned, warnings: [] });
  });
});
