/**
 * Import problems as a person fixing the file needs them: where, which field, and why, in words.
 * Each issue keeps a stable location (`where`: "content[3] (id "x")", "row 4", "file") and the
 * field's path or column; `describeIssue` turns it into a sentence that names the item by its
 * title or the person's name ("Library item 4, “Q4 opener”: the body is longer than 5,000
 * characters.").
 */

export type ImportIssue = {
  where: string;
  field?: string;
  /** A fragment that follows the field's name: "is missing", "must be a whole number from 1 to 5". */
  message: string;
  /** The item's title, or the relationship's person or company, to name it by. */
  name?: string;
};

/** A zod 4 issue, reduced to what we read (keeps this file free of zod internals). */
export type ZodLikeIssue = {
  path: ReadonlyArray<PropertyKey>;
  message: string;
  code?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  expected?: string;
  values?: ReadonlyArray<unknown>;
  format?: string;
};

/** ['audience', 'seniorities', 1] → 'audience.seniorities[1]'. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** 'content[3] (id "q4-launch")', or 'content[3]' when the item has no usable id. */
export function itemWhere(list: string, index: number, item: unknown): string {
  const id = idOf(item);
  return id === undefined ? `${list}[${index}]` : `${list}[${index}] (id ${JSON.stringify(clip(id, 60))})`;
}

export function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** What a person calls a pack item: its title, or the person or company a relationship is about. */
export function itemName(item: unknown): string | undefined {
  const name = text(field(item, 'title')) ?? text(field(field(item, 'person'), 'name')) ?? text(field(field(item, 'company'), 'name'));
  return name === undefined ? undefined : clip(name, 80);
}

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

const numberWords = (value: number | bigint) => (typeof value === 'bigint' ? value.toString() : value.toLocaleString('en'));

const EXPECTED_WORDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object with fields',
};

/** Our own schema messages (lib/model), as fragments that follow the field's name. */
const MODEL_WORDS: Array<[RegExp, (match: RegExpExecArray) => string]> = [
  [/^must be an https: URL$/, () => 'must be a web address that starts with https://'],
  [/^required when scope is "(\w+)"$/, (m) => `is needed because scope is "${m[1]}"`],
  [/^unknown token \{\{(.*)\}\}$/, (m) => `uses {{${m[1]}}}, which is not a token Warmline fills in`],
  [/^must be after validFrom$/, () => 'must be after validFrom (the date reps see it from)'],
  [/^must be a linkedin\.com \/(in|company)\/<slug> URL$/, (m) => `must be a LinkedIn address like https://www.linkedin.com/${m[1]}/name/`],
];

/** Zod's wording, made into plain words for someone who edits the file by hand. */
export function friendlyMessage(issue: ZodLikeIssue): string {
  const last = issue.path[issue.path.length - 1];
  const message = issue.message.replace(/^Invalid input: /, '').replace(/^Invalid option: /, '');
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return 'is missing';
  if (last === 'strength' && ['too_big', 'too_small', 'invalid_type'].includes(issue.code ?? '')) return 'must be a whole number from 1 to 5';
  // Our own schema messages first: zod files them under generic codes.
  for (const [pattern, words] of MODEL_WORDS) {
    const match = pattern.exec(message);
    if (match) return words(match);
  }
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected && EXPECTED_WORDS[issue.expected] ? `must be ${EXPECTED_WORDS[issue.expected]}` : message;
    case 'too_big':
      if (issue.maximum === undefined) break;
      if (issue.origin === 'string') return `is longer than ${numberWords(issue.maximum)} characters`;
      if (issue.origin === 'array') return `has more than ${numberWords(issue.maximum)} entries`;
      return `must be at most ${numberWords(issue.maximum)}`;
    case 'too_small':
      if (issue.minimum === undefined) break;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'is empty' : `is shorter than ${numberWords(issue.minimum)} characters`;
      if (issue.origin === 'array') return `needs at least ${numberWords(issue.minimum)} entries`;
      return `must be at least ${numberWords(issue.minimum)}`;
    case 'invalid_value':
      if (issue.values?.length === 1) return `must be ${JSON.stringify(issue.values[0])}`;
      if (issue.values?.length) return `must be one of: ${issue.values.map((value) => String(value)).join(', ')}`;
      break;
    case 'invalid_format':
      if (issue.format === 'email') return 'is not an email address';
      if (issue.format === 'url') return 'is not a web address';
      if (issue.format === 'datetime') return 'is not a date and time like 2026-11-01T09:00:00Z';
      break;
  }
  return message;
}

/**
 * Turns zod issues for a pack (paths from its root) into ImportIssues. Paths inside `content` or
 * `relationships` name the item by index and id, and carry its title or name; anything else is
 * placed at 'file'.
 */
export function packIssuesFromZod(issues: ReadonlyArray<ZodLikeIssue>, root: unknown): ImportIssue[] {
  return issues.map((issue) => {
    const [list, index, ...rest] = issue.path;
    if ((list === 'content' || list === 'relationships') && typeof index === 'number') {
      const items = (root as Record<string, unknown>)[list];
      const item = Array.isArray(items) ? items[index] : undefined;
      return named(withField(itemWhere(list, index, item), formatPath(rest), friendlyMessage(issue)), item);
    }
    return withField('file', formatPath(issue.path), friendlyMessage(issue));
  });
}

/** Builds an issue, leaving `field` off when there is none (the item itself is at fault). */
export function withField(where: string, field: string, message: string): ImportIssue {
  return field ? { where, field, message } : { where, message };
}

/** The issue with the item's title or name, when it has one. */
export function named(issue: ImportIssue, item: unknown): ImportIssue {
  const name = itemName(item);
  return name === undefined ? issue : { ...issue, name };
}

/** A pack's fields in words; the key itself follows in parentheses where the words differ. */
const FIELD_WORDS: Record<string, string> = {
  id: 'the id',
  kind: 'the kind',
  title: 'the title',
  body: 'the body',
  url: 'the link (url)',
  status: 'the status',
  validFrom: 'the date reps see it from (validFrom)',
  expiresAt: 'the expiry date (expiresAt)',
  approvedAt: 'the approval date (approvedAt)',
  updatedAt: 'the update date (updatedAt)',
  createdAt: 'the creation date (createdAt)',
  person: 'the person',
  'person.name': "the person's name (person.name)",
  'person.profileUrl': "the person's LinkedIn address (person.profileUrl)",
  company: 'the company',
  'company.name': "the company's name (company.name)",
  'company.linkedinUrl': "the company's LinkedIn address (company.linkedinUrl)",
  relation: 'the relation',
  strength: 'strength',
  'knownBy.name': 'who knows them (knownBy.name)',
  'knownBy.email': 'the email of who knows them (knownBy.email)',
  canIntro: 'canIntro (will they introduce)',
  scope: 'the scope',
  version: 'the version',
  format: 'the format',
  content: 'the library list (content)',
  relationships: 'the relationships list',
  'publisher.email': "the publisher's email (publisher.email)",
};

function fieldWords(field: string): string {
  const known = FIELD_WORDS[field];
  if (known) return known;
  const audience = /^audience\.(\w+)\[(\d+)\]$/.exec(field);
  if (audience) return `entry ${Number(audience[2]) + 1} of the audience's ${audience[1]} (${field})`;
  return `“${field}”`;
}

const PACK_ITEM = /^(content|relationships)\[(\d+)\]/;
const CSV_ROW = /^row (\d+)$/;

/** Where, in words: "Library item 4, “Q4 opener”", "Row 3 (Jane Doe)", "Line 2, column 7". */
function placeWords(issue: ImportIssue): string {
  const item = PACK_ITEM.exec(issue.where);
  if (item) {
    const noun = item[1] === 'content' ? 'Library item' : 'Relationship';
    const number = Number(item[2]) + 1;
    if (issue.name) return item[1] === 'content' ? `${noun} ${number}, “${issue.name}”` : `${noun} ${number}, ${issue.name}`;
    return `${noun} ${number}${issue.where.slice(item[0].length)}`;
  }
  const row = CSV_ROW.exec(issue.where);
  if (row) return `Row ${row[1]}${issue.name ? ` (${issue.name})` : ''}`;
  if (issue.where === 'file') return '';
  return issue.where.charAt(0).toUpperCase() + issue.where.slice(1);
}

function sentence(text: string): string {
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/**
 * One sentence for a person: "Library item 2, “Q4 opener”: the body uses {{nickname}}, which is
 * not a token Warmline fills in." A CSV names the column ("Row 3 (Jane Doe), column strength: …").
 */
export function describeIssue(issue: ImportIssue): string {
  const place = placeWords(issue);
  const isRow = CSV_ROW.test(issue.where);
  const what = issue.field ? `${isRow ? `column ${issue.field}` : fieldWords(issue.field)} ${issue.message}` : issue.message;
  if (!place) return sentence(what);
  if (isRow && issue.field) return sentence(`${place}, ${what}`);
  return sentence(`${place}: ${what}`);
}
