/** The library editor's form: strings the inputs hold, turned into a valid ContentItem (or issues by field). */
import { CONTENT_KINDS, ContentItem, SENIORITIES, type Seniority } from '../model';
import { fromLocalInput, toLocalInput } from './local-time';

export type ItemForm = {
  id: string;
  kind: ContentItem['kind'];
  title: string;
  body: string;
  url: string;
  status: ContentItem['status'];
  approvedBy: string;
  approvedAt: string;
  /** `datetime-local` values (local time), '' when unset. */
  validFrom: string;
  expiresAt: string;
  titles: string;
  seniorities: Seniority[];
  industries: string;
  companies: string;
  tags: string;
  salesNote: string;
  owner: string;
};

/** Field name → messages; `_` holds issues that belong to no one field. */
export type FieldIssues = Partial<Record<keyof ItemForm | '_', string[]>>;

export type FormResult = { ok: true; item: ContentItem } | { ok: false; issues: FieldIssues };

/** "a, b,, a ,c" → ["a", "b", "c"]: trimmed, blanks and repeats (ignoring case) dropped. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const part of text.split(',')) {
    const value = part.trim();
    const key = value.toLowerCase();
    if (!value || seen.has(key)) continue;
    seen.add(key);
    result.push(value);
  }
  return result;
}

export function emptyForm(id: string, owner = ''): ItemForm {
  return {
    id,
    kind: CONTENT_KINDS[0],
    title: '',
    body: '',
    url: '',
    status: 'draft',
    approvedBy: '',
    approvedAt: '',
    validFrom: '',
    expiresAt: '',
    titles: '',
    seniorities: [],
    industries: '',
    companies: '',
    tags: '',
    salesNote: '',
    owner,
  };
}

export function formFromItem(item: ContentItem): ItemForm {
  const audience = item.audience ?? {};
  return {
    id: item.id,
    kind: item.kind,
    title: item.title,
    body: item.body,
    url: item.url ?? '',
    status: item.status,
    approvedBy: item.approvedBy ?? '',
    approvedAt: item.approvedAt ?? '',
    validFrom: toLocalInput(item.validFrom),
    expiresAt: toLocalInput(item.expiresAt),
    titles: (audience.titles ?? []).join(', '),
    seniorities: SENIORITIES.filter((s) => audience.seniorities?.includes(s)),
    industries: (audience.industries ?? []).join(', '),
    companies: (audience.companies ?? []).join(', '),
    tags: (item.tags ?? []).join(', '),
    salesNote: item.salesNote ?? '',
    owner: item.owner ?? '',
  };
}

/** Optional strings are left out when blank, so a stored item carries no empty fields. */
function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const trimmed = value.trim();
  return trimmed ? ({ [key]: trimmed } as Record<K, string>) : {};
}

function optionalList<K extends string>(key: K, values: string[]): Partial<Record<K, string[]>> {
  return values.length ? ({ [key]: values } as Record<K, string[]>) : {};
}

const DATE_FIELDS = ['validFrom', 'expiresAt'] as const;

/** The item this form describes, validated with the ContentItem schema; `updatedAt` is `now`. */
export function itemFromForm(form: ItemForm, now: Date): FormResult {
  const issues: FieldIssues = {};
  const dates: Partial<Record<(typeof DATE_FIELDS)[number], string>> = {};
  for (const field of DATE_FIELDS) {
    if (!form[field]) continue;
    const iso = fromLocalInput(form[field]);
    if (iso) dates[field] = iso;
    else issues[field] = ['This is not a date and time.'];
  }
  const audience = {
    ...optionalList('titles', splitList(form.titles)),
    ...optionalList('seniorities', SENIORITIES.filter((s) => form.seniorities.includes(s))),
    ...optionalList('industries', splitList(form.industries)),
    ...optionalList('companies', splitList(form.companies)),
  };
  const candidate = {
    id: form.id,
    kind: form.kind,
    title: form.title.trim(),
    // The body keeps its own spacing: line breaks and indents are part of the message.
    body: form.body,
    ...optional('url', form.url),
    status: form.status,
    ...optional('approvedBy', form.approvedBy),
    ...optional('approvedAt', form.approvedAt),
    ...dates,
    ...(Object.keys(audience).length ? { audience } : {}),
    ...optionalList('tags', splitList(form.tags)),
    ...optional('salesNote', form.salesNote),
    ...optional('owner', form.owner),
    updatedAt: now.toISOString(),
  };
  const parsed = ContentItem.safeParse(candidate);
  if (parsed.success && Object.keys(issues).length === 0) return { ok: true, item: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const top = String(issue.path[0] ?? '_');
    // Audience lists are edited as one field each: "audience.titles" → "titles".
    const field = (top === 'audience' ? String(issue.path[1] ?? '_') : top) as keyof FieldIssues;
    (issues[field] ??= []).push(plainMessage(field, issue.code, issue.message));
  }
  return { ok: false, issues };
}

/** Each problem as a sentence that says what to do, never zod's "Too small: expected string to have >=1 characters". */
function plainMessage(field: keyof FieldIssues, code: string, message: string): string {
  if (code === 'too_small' && field === 'title') return 'Give it a title.';
  if (code === 'too_small' && field === 'body') return 'Write the body.';
  if (code === 'too_big') return field === 'title' ? 'Keep the title to 200 characters.' : 'Keep the body to 5,000 characters.';
  const token = /^unknown token (\{\{.*\}\})$/.exec(message);
  if (token) return unknownTokenMessage(token[1]!);
  if (message === 'must be an https: URL') return 'The link must be a web address that starts with https://.';
  if (message === 'must be after validFrom') return 'The expiry must be after the date reps see it from.';
  return /[.!?]$/.test(message) ? message : `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
}

/** What the editor says about `{{nickname}}`, live as it is typed and again on save. */
export function unknownTokenMessage(token: string): string {
  return `${token} is not a token Warmline fills in: use one of the tokens above, or remove it.`;
}
