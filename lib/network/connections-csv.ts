/**
 * LinkedIn's own connections export (`Connections.csv` from "Get a copy of your data"): a few
 * lines of notes, then the header `First Name,Last Name,URL,Email Address,Company,Position,
 * Connected On`, one row per connection. Emails are mostly empty (members choose), dates read
 * like `12 Mar 2024`, names carry accents, emoji and credentials ("Ana Ruiz, PhD"), and a
 * member who hides their profile comes without a URL. Pure: reads text, stores nothing.
 */
import Papa from 'papaparse';
import { BOUNDS } from '../model';
import { canonicalUrl, linkedinPageOf } from '../identity/urls';
import { namesWarmlineColumns } from '../pack/csv';

/** One connection as the export has it, cleaned: empty cells are absent. */
export type Connection = {
  /** The file's line where the row starts (1-based), to name it by. */
  line: number;
  name: string;
  /** Canonical profile URL and its slug, when the row has a LinkedIn /in/ URL. */
  url?: string;
  slug?: string;
  email?: string;
  company?: string;
  position?: string;
  /** `YYYY-MM-DD`, when the date reads as LinkedIn writes it. */
  connectedOn?: string;
};

export type ConnectionsResult =
  | { ok: true; connections: Connection[]; /** Rows left out, and why (no name, a second copy). */ skipped: string[] }
  | { ok: false; message: string };

export const CONNECTIONS_COLUMNS = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'] as const;
type Column = (typeof CONNECTIONS_COLUMNS)[number];
/** Without these a row cannot become a flag worth triaging; the other two may be missing. */
const REQUIRED: readonly Column[] = ['First Name', 'Last Name', 'URL', 'Company', 'Position'];
/** LinkedIn caps connections at 30,000; a file far beyond that is not one. */
export const CONNECTIONS_MAX = 30_000;
/** The header comes after a few notes lines; past this many records it is not LinkedIn's file. */
const HEADER_SEARCH = 25;

export const NOT_CONNECTIONS =
  "This is not LinkedIn's connections export: Warmline looked for its header row (First Name, Last Name, URL, Email Address, Company, Position, Connected On) and did not find it. In LinkedIn, Settings → Data privacy → Get a copy of your data → Connections gives Connections.csv.";

const folded = (cell: string | undefined) => (cell ?? '').replace(/^\uFEFF/, '').trim().toLowerCase();
const COLUMN_KEYS = new Map(CONNECTIONS_COLUMNS.map((column) => [column.toLowerCase(), column]));

/** How many of LinkedIn's column names a record holds: a header holds most of them. */
function columnHits(record: readonly string[]): number {
  return record.filter((cell) => COLUMN_KEYS.has(folded(cell))).length;
}

/**
 * Whether a file is meant as LinkedIn's export: its header within the notes' reach, or a name like
 * Connections.csv on a file that is not a Warmline relationships CSV (which may be called anything).
 */
export function looksLikeConnections(fileName: string, head: string): boolean {
  const header = head
    .split(/\r?\n/)
    .slice(0, HEADER_SEARCH)
    .some((line) => /^\uFEFF?"?first name"?\s*,\s*"?last name"?\s*,/i.test(line.trim()));
  if (header) return true;
  return /(^|[\\/])connections[^\\/]*\.csv$/i.test(fileName) && !namesWarmlineColumns(head);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `12 Mar 2024` → `2024-03-12`; anything else is unknown. */
export function connectedOnDate(text: string): string | undefined {
  const match = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(text.trim());
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[2]!.toLowerCase());
  const day = Number(match[1]);
  if (month < 0 || day < 1 || day > 31) return undefined;
  return `${match[3]}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const clip = (value: string, max: number) => (value.length > max ? value.slice(0, max) : value);

export function parseConnectionsCsv(text: string): ConnectionsResult {
  // Line numbers follow the file, notes with line breaks inside quotes included.
  const records: { cells: string[]; line: number }[] = [];
  let line = 1;
  let consumed = 0;
  let tooMany = false;
  const body = text.replace(/^\uFEFF/, '');
  Papa.parse<string[]>(body, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result, parser) => {
      if (records.length > CONNECTIONS_MAX + HEADER_SEARCH) {
        tooMany = true;
        parser.abort();
        return;
      }
      records.push({ cells: result.data, line });
      const cursor = result.meta.cursor;
      for (let i = consumed; i < cursor; i++) if (body.charCodeAt(i) === 10) line++;
      consumed = cursor;
    },
  });
  if (tooMany) return { ok: false, message: `This file has more than ${CONNECTIONS_MAX.toLocaleString('en')} rows, more than LinkedIn lets anyone connect with: it is not a connections export.` };

  const headerAt = records.slice(0, HEADER_SEARCH).findIndex((record) => columnHits(record.cells) >= 3);
  if (headerAt < 0) return { ok: false, message: NOT_CONNECTIONS };
  const header = records[headerAt]!;
  const index = new Map<Column, number>();
  header.cells.forEach((cell, i) => {
    const column = COLUMN_KEYS.get(folded(cell));
    if (column && !index.has(column)) index.set(column, i);
  });
  const missing = REQUIRED.filter((column) => !index.has(column));
  if (missing.length > 0) {
    const names = missing.map((column) => `"${column}"`).join(', ');
    return {
      ok: false,
      message: `The header row (line ${header.line}) has no ${names} column${missing.length === 1 ? '' : 's'}. LinkedIn's Connections.csv has ${CONNECTIONS_COLUMNS.join(', ')}: export it again rather than editing it.`,
    };
  }

  const connections: Connection[] = [];
  const skipped: string[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line: at } of records.slice(headerAt + 1)) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const cell = (column: Column) => {
      const i = index.get(column);
      const value = i === undefined ? '' : (cells[i] ?? '').trim();
      return value === '' ? undefined : value;
    };
    const name = [cell('First Name'), cell('Last Name')].filter(Boolean).join(' ');
    if (!name) {
      skipped.push(`line ${at}: no name (LinkedIn leaves it out for members who hide it)`);
      continue;
    }
    const page = linkedinPageOf(cell('URL') ?? '');
    const person = page?.kind === 'person' ? page : undefined;
    const company = cell('Company');
    const position = cell('Position');
    const email = cell('Email Address');
    const connectedOn = connectedOnDate(cell('Connected On') ?? '');
    const key = person ? `slug:${person.slug}` : `name:${name.toLowerCase()}|${(company ?? '').toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) {
      skipped.push(`line ${at}: ${name} again (first on line ${first})`);
      continue;
    }
    seen.set(key, at);
    connections.push({
      line: at,
      name: clip(name, BOUNDS.name),
      ...(person ? { url: canonicalUrl(person), slug: person.slug } : {}),
      ...(email && email.length <= BOUNDS.email ? { email } : {}),
      ...(company ? { company: clip(company, BOUNDS.name) } : {}),
      ...(position ? { position: clip(position, BOUNDS.name) } : {}),
      ...(connectedOn ? { connectedOn } : {}),
    });
  }
  return { ok: true, connections, skipped };
}
