import { describe, expect, it } from 'vitest';
import type { Relationship } from '../model';
import { CSV_COLUMNS, csvIdentity, neutralizeCell, NOT_A_RELATIONSHIPS_CSV, parseRelationshipsCsv, relationshipsToCsv } from './csv';
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
    const { relationships, unkeyed, warnings } = ok(`${HEADER}\n${row(JANE)}\n`);
    expect(warnings).toEqual([]);
    // The id comes when the import is planned (lib/pack/csv-ids.ts).
    expect(unkeyed).toEqual([{ index: 0, row: 2, identity: csvIdentity({ scope: 'person', personName: 'Jane Doe', companyName: 'Acme Robotics', knownByName: 'Sam Seller' }) }]);
    expect(relationships).toEqual([
      {
        id: expect.any(String),
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

  it('knows a row without an id by who it is about and who knows them, ignoring case and spacing', () => {
    const first = ok(`${HEADER}\n${row(JANE)}`).unkeyed[0]?.identity;
    const again = ok(`${HEADER}\n${row({ ...JANE, person_name: ' jane  DOE ', strength: '2' })}`).unkeyed[0]?.identity;
    const other = ok(`${HEADER}\n${row({ ...JANE, person_name: 'John Doe' })}`).unkeyed[0]?.identity;
    expect(again).toBe(first);
    expect(other).not.toBe(first);
    expect(ok(`id,${HEADER}\nmy-id,${row(JANE)}`).unkeyed).toEqual([]);
  });

  it('refuses a row dated more than a day ahead, naming the row, the column and whom it is about', () => {
    const text = `${HEADER},updated_at\n${row(JANE)},9999-12-31T00:00:00Z\n`;
    expect(errorsOf(text)).toEqual([
      { where: 'row 2', field: 'updated_at', name: 'Jane Doe', message: expect.stringContaining('is 9999-12-31T00:00:00Z, more than a day in the future') },
    ]);
  });

  it('warns about unknown columns and accepts friendly header spellings', () => {
    const header = HEADER.replace('person_name', 'Person Name') + ',favourite_colour';
    const result = ok(`${header}\n${row(JANE)},blue`);
    expect(result.relationships).toHaveLength(1);
    expect(result.warnings).toEqual([{ where: 'row 1', field: 'favourite_colour', message: 'is not a column Warmline reads, so it was ignored' }]);
  });

  it('names every missing required column in one message', () => {
    const header = CSV_COLUMNS.filter((c) => c !== 'strength' && c !== 'can_intro').join(',');
    expect(errorsOf(`${header}\n`)).toEqual([
      { where: 'row 1', message: 'the header lacks 2 required columns: "strength", "can_intro". The CSV template has them all' },
    ]);
    expect(errorsOf('')).toEqual([{ where: 'file', message: expect.stringContaining('header row') }]);
    expect(errorsOf(CSV_COLUMNS.join(';'))[0]?.message).toContain('semicolons');
  });

  it('says once that a file with none of its columns is not a relationships CSV', () => {
    expect(errorsOf('First Name,Last Name,URL,Company\nAda,Quinn,https://x,Globex')).toEqual([{ where: 'file', message: NOT_A_RELATIONSHIPS_CSV }]);
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
      { where: 'row 3', field: 'strength', message: 'holds "strong", which is not a number', name: 'A' },
      { where: 'row 3', field: 'can_intro', message: 'holds "maybe", which is not yes or no: use true/false, yes/no or 1/0', name: 'A' },
      { where: 'row 4', field: 'scope', message: 'must be one of: person, company', name: 'B' },
      { where: 'row 4', field: 'relation', message: expect.stringContaining('must be one of: former-colleague, customer'), name: 'B' },
      { where: 'row 4', field: 'known_by_email', message: 'is not an email address', name: 'B' },
      { where: 'row 5', field: 'person_name', message: 'is needed because scope is "person"', name: 'Acme Robotics' },
      { where: 'row 6', field: 'person_profile_url', message: 'must be a LinkedIn address like https://www.linkedin.com/in/name/', name: 'C' },
      { where: 'row 6', field: 'strength', message: 'must be a whole number from 1 to 5', name: 'C' },
      { where: 'row 6', field: 'years_in_industry', message: 'must be at least 0', name: 'C' },
    ]);
  });

  it('refuses a row with more cells than the header, and two rows for the same relationship', () => {
    expect(errorsOf(`${HEADER}\n${row(JANE)},extra`)).toEqual([{ where: 'row 2', message: expect.stringContaining('18 cells') }]);
    expect(errorsOf(`${HEADER}\n${row(JANE)}\n${row({ ...JANE, strength: '1' })}`)).toEqual([
      { where: 'row 3', name: 'Jane Doe', message: expect.stringContaining('same relationship as row 2') },
    ]);
  });

  it('counts rows as a spreadsheet does when a cell spans lines', () => {
    const text = `${HEADER}\n${row({ ...JANE, notes: 'one\ntwo\nthree' })}\n${row({ ...JANE, person_name: 'X', strength: '0' })}`;
    expect(errorsOf(text)).toEqual([{ where: 'row 3', field: 'strength', message: expect.any(String), name: 'X' }]);
  });

  it('reports an unclosed quote', () => {
    const errors = errorsOf(`${HEADER}\n${row(JANE).replace('Jane Doe', '"Jane Doe')}`);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.where).toMatch(/^row \d+$/);
  });

  // Its speed is `npm run bench`'s to measure (the CSV import figures), never a timed assertion.
  it('parses 100,000 rows, each one its own person', () => {
    const template = row({ ...JANE, person_name: 'Person #', person_profile_url: 'https://www.linkedin.com/in/p-#/', known_by_email: 'sam@example.com', notes: 'Met, at "a" conference' });
    const lines = [HEADER];
    for (let i = 0; i < 100_000; i++) lines.push(template.replaceAll('#', String(i)));
    const text = lines.join('\r\n');
    const result = parseRelationshipsCsv(text, NOW);
    expect(result.ok).toBe(true);
    if (result.ok) expect(new Set(result.unkeyed.map((row) => row.identity)).size).toBe(100_000);
  }, 30_000);
});

describe('relationshipsToCsv', () => {
  it('writes RFC 4180 with CRLF, a header row, id and timestamps', () => {
    const csv = relationshipsToCsv([relationship({ ...PACK_DETAILS, notes: 'He said "hi",\nthen left' })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(`id,${HEADER},created_at,updated_at,confirmed_at`);
    expect(csv).toContain('"He said ""hi"",\nthen left"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    for (const danger of ['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)', '\tcmd', '\rcmd']) {
      expect(neutralizeCell(danger)).toBe(`'${danger}`);
    }
    // After the spaces and line breaks a spreadsheet skips, and in full width (issue 15, finding 7).
    for (const danger of [' =1+1', '  @SUM(A1)', '\n=HYPERLINK("x")', '\r\n+1', ' \n -1', '＝1+1', '＋1', '－1', '＠SUM(A1)', ' ＝cmd']) {
      expect(neutralizeCell(danger), JSON.stringify(danger)).toBe(`'${danger}`);
    }
    for (const safe of [' plain', 'a = b', 'full width ＝ inside']) expect(neutralizeCell(safe)).toBe(safe);
    expect(neutralizeCell('safe = fine')).toBe('safe = fine');
    expect(neutralizeCell("'=already")).toBe("''=already");
    expect(neutralizeCell("it's")).toBe("it's");
    const csv = relationshipsToCsv([relationship({ ...PACK_DETAILS, notes: '=cmd|calc', howWeKnow: '@x', knownBy: { name: '+Sam' } })]);
    expect(csv).toContain(",'=cmd|calc,");
    expect(csv).toContain(",'@x,");
    expect(csv).toContain(",'+Sam,");
  });

  it('unneutralises exactly what it neutralised', () => {
    for (const value of ['=a', "'=a", "''+b", "'plain", 'plain', '-', '', ' =a', "' \n@a", '＝a', "'＋a"]) {
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
    expect(result).toEqual({ ok: true, relationships: cleaned, unkeyed: [], warnings: [] });
  });
});

describe('confirmed_at (issue 13)', () => {
  it('round-trips when a flag was last confirmed, and a file without the column (version 1) leaves it unknown', () => {
    const confirmed = relationship({ id: 'c', confirmedAt: T1 });
    const back = ok(relationshipsToCsv([confirmed, relationship({ id: 'u' })]));
    expect(back.relationships.map((rel) => rel.confirmedAt)).toEqual([T1, undefined]);
    const v1 = ok(`${HEADER},updated_at\n${row(JANE)},${T0}\n`);
    expect(v1.relationships[0]).not.toHaveProperty('confirmedAt');
    expect(v1.warnings).toEqual([]);
  });

  it('refuses a confirmation more than a day ahead, naming the column', () => {
    const errors = errorsOf(`${HEADER},confirmed_at\n${row(JANE)},2027-01-01T00:00:00Z\n`);
    expect(errors).toEqual([expect.objectContaining({ where: 'row 2', field: 'confirmed_at' })]);
  });
});
