import Papa from 'papaparse';
import { Relationship } from '../model';
import { parseBooleanCell, parseNumberCell, toCsv, unneutralizeCell } from './csv-cells';
import { futureDateMessage, futureFields, RELATIONSHIP_DATES } from './future-dates';
import { friendlyMessage, type ImportIssue } from './issues';
import { stripBom } from './parse-pack';

export { neutralizeCell } from './csv-cells';

/** The columns docs/PACK-FORMAT.md lists; each must be in the header (cells may be empty). */
export const CSV_COLUMNS = [
  'scope',
  'person_name',
  'person_profile_url',
  'company_name',
  'company_linkedin_url',
  'relation',
  'strength',
  'known_by_name',
  'known_by_email',
  'known_by_team',
  'how_we_know',
  'notes',
  'can_intro',
  'operationally_ready',
  'years_in_industry',
  'forward_looking',
  'vendor_history',
] as const;
export const OPTIONAL_CSV_COLUMNS = ['id', 'created_at', 'updated_at', 'confirmed_at'] as const;
/** Export order: id first, timestamps last. */
export const EXPORT_CSV_COLUMNS = ['id', ...CSV_COLUMNS, 'created_at', 'updated_at', 'confirmed_at'] as const;

type Column = (typeof EXPORT_CSV_COLUMNS)[number];

/** Where each column lands in a Relationship, to turn schema issues back into columns. */
const FIELD_OF: Record<Column, readonly string[]> = {
  id: ['id'],
  scope: ['scope'],
  person_name: ['person', 'name'],
  person_profile_url: ['person', 'profileUrl'],
  company_name: ['company', 'name'],
  company_linkedin_url: ['company', 'linkedinUrl'],
  relation: ['relation'],
  strength: ['strength'],
  known_by_name: ['knownBy', 'name'],
  known_by_email: ['knownBy', 'email'],
  known_by_team: ['knownBy', 'team'],
  how_we_know: ['howWeKnow'],
  notes: ['notes'],
  can_intro: ['canIntro'],
  operationally_ready: ['qualification', 'operationallyReady'],
  years_in_industry: ['qualification', 'yearsInIndustry'],
  forward_looking: ['qualification', 'forwardLooking'],
  vendor_history: ['qualification', 'vendorHistory'],
  created_at: ['createdAt'],
  updated_at: ['updatedAt'],
  confirmed_at: ['confirmedAt'],
};
// A whole object at fault ("person required when scope is person") is named by its main column.
const COLUMN_FOR_OBJECT: Record<string, Column> = {
  person: 'person_name',
  company: 'company_name',
  knownBy: 'known_by_name',
  qualification: 'operationally_ready',
};

export function columnForPath(path: ReadonlyArray<PropertyKey>): string {
  const key = path.map(String).join('.');
  for (const column of EXPORT_CSV_COLUMNS) if (FIELD_OF[column].join('.') === key) return column;
  const head = String(path[0] ?? '');
  return COLUMN_FOR_OBJECT[head] ?? head;
}

/** A row that brought no id: its relationship (at `index`), its spreadsheet row and its identity. */
export type UnkeyedRow = { index: number; row: number; identity: string };

export type CsvParseResult =
  | { ok: true; relationships: Relationship[]; unkeyed: UnkeyedRow[]; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

const KNOWN_COLUMNS: ReadonlySet<string> = new Set(EXPORT_CSV_COLUMNS);

/** 'Person Name' and 'person-name' both mean person_name. */
function headerName(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** Said once for a file that is not a relationships CSV at all, instead of a line per missing column. */
export const NOT_A_RELATIONSHIPS_CSV =
  'This is not a Warmline relationships CSV: none of its columns are ones Warmline reads. Download the CSV template to see the columns it needs.';

/** Whether the text's first line names at least one of Warmline's columns. */
export function namesWarmlineColumns(text: string): boolean {
  const firstLine = stripBom(text).split(/\r?\n/, 1)[0] ?? '';
  return firstLine.split(',').some((cell) => KNOWN_COLUMNS.has(headerName(cell.replace(/^"|"$/g, ''))));
}

/** Case and spacing do not make a different person. (normalizeName is too slow for 100,000 rows.) */
function identityPart(value: string | undefined): string {
  return (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Who a row without an id is about (scope, person name and company) and who knows them, ignoring
 * case and spacing. Not an id: anyone who knows four names could compute one, and aim a pack at
 * it. The import gives such a row the id of the record of the same identity that this file's own
 * origin already holds (so re-importing the sheet updates instead of adding a copy), else a new
 * random one (lib/pack/csv-ids.ts).
 */
export function csvIdentity(row: { scope?: string | undefined; personName?: string | undefined; companyName?: string | undefined; knownByName?: string | undefined }): string {
  return [row.scope, row.personName, row.companyName, row.knownByName].map(identityPart).join('\u0001');
}

/** Placeholder id of a row without one until the import assigns it; never stored. */
const UNASSIGNED_ID = 'csv-unassigned';

/** Parses a relationships CSV (header row required). Never throws. */
export function parseRelationshipsCsv(text: string, now: Date = new Date()): CsvParseResult {
  try {
    return parseCsv(stripBom(text), now);
  } catch (e) {
    return { ok: false, errors: [{ where: 'file', message: `Warmline could not read this CSV: ${String(e)}`.slice(0, 300) }], warnings: [] };
  }
}

function parseCsv(text: string, now: Date): CsvParseResult {
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const parsed = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false });
  for (const problem of parsed.errors) {
    // Quote errors make the rest of the row (or file) unreliable.
    const where = typeof problem.row === 'number' ? `row ${problem.row + 1}` : 'file';
    errors.push({ where, message: `${problem.message.replace(/\.$/, '').toLowerCase()} (check the double quotes)` });
  }
  const records = parsed.data;
  const header = records[0];
  if (!header || header.every((cell) => cell.trim() === '')) {
    return { ok: false, errors: [...errors, { where: 'file', message: 'the file is empty: it needs a header row naming the columns' }], warnings };
  }

  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const name = headerName(cell);
    if (name === '') warnings.push({ where: 'row 1', message: `column ${i + 1} has no name and was ignored` });
    else if (index.has(name)) errors.push({ where: 'row 1', field: name, message: 'appears twice' });
    else if (!KNOWN_COLUMNS.has(name)) warnings.push({ where: 'row 1', field: name, message: 'is not a column Warmline reads, so it was ignored' });
    else index.set(name, i);
  });
  const delimiterHint = header.length === 1 && /[;\t]/.test(header[0] ?? '') ? ' The file seems to use semicolons or tabs: save it as comma-separated.' : '';
  if (index.size === 0) return { ok: false, errors: [{ where: 'file', message: `${NOT_A_RELATIONSHIPS_CSV}${delimiterHint}` }], warnings: [] };
  const missing = CSV_COLUMNS.filter((column) => !index.has(column));
  if (missing.length > 0) {
    const list = missing.map((column) => `"${column}"`).join(', ');
    errors.push({ where: 'row 1', message: `the header lacks ${missing.length === 1 ? 'a required column' : `${missing.length} required columns`}: ${list}. The CSV template has them all` });
    return { ok: false, errors, warnings };
  }

  const relationships: Relationship[] = [];
  const unkeyed: UnkeyedRow[] = [];
  const rowOfId = new Map<string, number>();
  const rowOfIdentity = new Map<string, number>();
  const nowIso = now.toISOString();
  for (let r = 1; r < records.length; r++) {
    const cells = records[r] ?? [];
    const row = r + 1;
    if (cells.every((cell) => cell.trim() === '')) continue;
    if (cells.slice(header.length).some((cell) => cell.trim() !== '')) {
      errors.push({ where: `row ${row}`, message: `this row has ${cells.length} cells but the header has ${header.length} columns (check commas and quotes)` });
      continue;
    }
    const cell = (column: Column): string | undefined => {
      const i = index.get(column);
      if (i === undefined) return undefined;
      const trimmed = (cells[i] ?? '').trim();
      if (trimmed === '') return undefined;
      // Only a cell starting with a quote can be a neutralised one.
      return trimmed.charCodeAt(0) === 39 ? unneutralizeCell(trimmed) : trimmed;
    };
    const rowErrors: ImportIssue[] = [];
    // The row is named by its person or company, as a spreadsheet user would look for it.
    const name = cell('person_name') ?? cell('company_name');
    const at = (issue: ImportIssue): ImportIssue => (name ? { ...issue, name } : issue);
    const bool = (column: Column): boolean | undefined => {
      const value = parseBooleanCell(cell(column));
      if (value !== 'invalid') return value;
      rowErrors.push(at({ where: `row ${row}`, field: column, message: `holds "${cell(column)}", which is not yes or no: use true/false, yes/no or 1/0` }));
      return undefined;
    };
    const num = (column: Column): number | undefined => {
      const value = parseNumberCell(cell(column));
      if (value !== 'invalid') return value;
      rowErrors.push(at({ where: `row ${row}`, field: column, message: `holds "${cell(column)}", which is not a number` }));
      return undefined;
    };

    const raw = buildRaw(cell, bool, num, nowIso);
    const result = Relationship.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = columnForPath(issue.path);
        // A cell already reported as not a number / not yes-no is not reported again as missing.
        if (rowErrors.some((e) => e.field === column)) continue;
        rowErrors.push(at({ where: `row ${row}`, field: column, message: friendlyMessage(issue) }));
      }
    }
    if (rowErrors.length > 0 || !result.success) {
      errors.push(...rowErrors);
      continue;
    }
    const future = futureFields(result.data, RELATIONSHIP_DATES, now);
    if (future.length > 0) {
      for (const { field, value } of future) errors.push(at({ where: `row ${row}`, field: columnForPath([field]), message: futureDateMessage(value) }));
      continue;
    }
    const keyed = cell('id') !== undefined;
    const identity = keyed ? '' : csvIdentity(identityOf(cell));
    const seen = keyed ? rowOfId : rowOfIdentity;
    const key = keyed ? result.data.id : identity;
    const firstRow = seen.get(key);
    if (firstRow !== undefined) {
      const where = `row ${row}`;
      errors.push(
        at(
          keyed
            ? { where, field: 'id', message: `is the same as in row ${firstRow}: keep one of the two rows` }
            : { where, message: `this row describes the same relationship as row ${firstRow} (the same scope, person_name, company_name and known_by_name): keep one of the two` },
        ),
      );
      continue;
    }
    seen.set(key, row);
    if (!keyed) unkeyed.push({ index: relationships.length, row, identity });
    relationships.push(result.data);
  }
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, relationships, unkeyed, warnings };
}

function identityOf(cell: (column: Column) => string | undefined) {
  return { scope: cell('scope')?.toLowerCase(), personName: cell('person_name'), companyName: cell('company_name'), knownByName: cell('known_by_name') };
}

function buildRaw(
  cell: (column: Column) => string | undefined,
  bool: (column: Column) => boolean | undefined,
  num: (column: Column) => number | undefined,
  nowIso: string,
): Record<string, unknown> {
  const { scope, personName, companyName, knownByName } = identityOf(cell);
  const raw: Record<string, unknown> = {
    id: cell('id') ?? UNASSIGNED_ID,
    createdAt: cell('created_at') ?? nowIso,
    updatedAt: cell('updated_at') ?? nowIso,
  };
  // Absent: unknown (the flag counts from updated_at), not "confirmed now".
  setDefined(raw, 'confirmedAt', cell('confirmed_at'));
  setDefined(raw, 'scope', scope);
  setDefined(raw, 'person', present({ name: personName, profileUrl: cell('person_profile_url') }));
  setDefined(raw, 'company', present({ name: companyName, linkedinUrl: cell('company_linkedin_url') }));
  setDefined(raw, 'relation', cell('relation')?.toLowerCase());
  setDefined(raw, 'strength', num('strength'));
  raw.knownBy = present({ name: knownByName, email: cell('known_by_email'), team: cell('known_by_team') }) ?? {};
  setDefined(raw, 'howWeKnow', cell('how_we_know'));
  setDefined(raw, 'notes', cell('notes'));
  setDefined(raw, 'canIntro', bool('can_intro'));
  setDefined(
    raw,
    'qualification',
    present({
      operationallyReady: bool('operationally_ready'),
      yearsInIndustry: num('years_in_industry'),
      forwardLooking: bool('forward_looking'),
      vendorHistory: cell('vendor_history'),
    }),
  );
  return raw;
}

// Plain loops, not Object.entries: this runs for every field of every row (100,000 rows).
function setDefined(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

/** The record without its undefined values, or undefined when nothing is left (absent cells are absent keys). */
function present(record: Record<string, unknown>): Record<string, unknown> | undefined {
  let out: Record<string, unknown> | undefined;
  for (const key in record) {
    const value = record[key];
    if (value === undefined) continue;
    out ??= {};
    out[key] = value;
  }
  return out;
}

function text(value: string | number | boolean | null | undefined): string {
  return value === undefined || value === null ? '' : String(value);
}

/** Relationships as CSV: RFC 4180, CRLF, header row, formulas neutralised. */
export function relationshipsToCsv(rels: readonly Relationship[]): string {
  const rows = rels.map((rel) => {
    const q = rel.qualification;
    const byColumn: Record<Column, string> = {
      id: rel.id,
      scope: rel.scope,
      person_name: text(rel.person?.name),
      person_profile_url: text(rel.person?.profileUrl),
      company_name: text(rel.company?.name),
      company_linkedin_url: text(rel.company?.linkedinUrl),
      relation: rel.relation,
      strength: text(rel.strength),
      known_by_name: rel.knownBy.name,
      known_by_email: text(rel.knownBy.email),
      known_by_team: text(rel.knownBy.team),
      how_we_know: text(rel.howWeKnow),
      notes: text(rel.notes),
      can_intro: text(rel.canIntro),
      operationally_ready: text(q?.operationallyReady),
      years_in_industry: text(q?.yearsInIndustry),
      forward_looking: text(q?.forwardLooking),
      vendor_history: text(q?.vendorHistory),
      created_at: rel.createdAt,
      updated_at: rel.updatedAt,
      confirmed_at: text(rel.confirmedAt),
    };
    return EXPORT_CSV_COLUMNS.map((column) => byColumn[column]);
  });
  return toCsv(EXPORT_CSV_COLUMNS, rows);
}
