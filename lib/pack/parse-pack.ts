import { Pack, PACK_FORMAT, PACK_VERSION, unknownTokens } from '../model';
import { futureDateIssues } from './future-dates';
import { findJsonSyntaxProblem } from './json-position';
import { formatPath, idOf, itemWhere, named, packIssuesFromZod, type ImportIssue, type ZodLikeIssue } from './issues';
import { FORBIDDEN_KEYS, unknownKeyWarnings } from './unknown-keys';

export type ParseResult =
  | { ok: true; pack: Pack; warnings: ImportIssue[] }
  | { ok: false; errors: ImportIssue[]; warnings: ImportIssue[] };

export const NOT_A_PACK = 'This file is not a Warmline pack';

export function newerVersionMessage(version: number): string {
  return `This pack was made by a newer Warmline (version ${version}); update Warmline to read it.`;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const MAY_HOLD_FORBIDDEN_KEY = /__proto__|constructor|prototype|\\u/;

type ParsedJson = { value: unknown; dropped: WeakMap<object, string[]>; droppedCount: number };

/**
 * JSON.parse with a reviver that takes out `__proto__`, `constructor` and `prototype` keys
 * wherever they are, remembering which object held them so they can be reported.
 */
export function parseJsonDroppingForbiddenKeys(text: string): ParsedJson | { problem: ImportIssue } {
  const dropped = new WeakMap<object, string[]>();
  let droppedCount = 0;
  try {
    // The reviver costs a call per value; skip it when no such key can be in the text (a key
    // could hide behind a \u escape, so any escape takes the careful path).
    if (!MAY_HOLD_FORBIDDEN_KEY.test(text)) return { value: JSON.parse(text) as unknown, dropped, droppedCount };
    const value: unknown = JSON.parse(text, function (this: unknown, key: string, inner: unknown) {
      if (!FORBIDDEN_KEYS.has(key) || typeof this !== 'object' || this === null || Array.isArray(this)) return inner;
      dropped.set(this, [...(dropped.get(this) ?? []), key]);
      droppedCount++;
      return undefined;
    });
    return { value, dropped, droppedCount };
  } catch (e) {
    const problem = findJsonSyntaxProblem(text);
    if (problem) {
      return { problem: { where: `line ${problem.line}, column ${problem.column}`, message: `this is not valid JSON: ${problem.reason}` } };
    }
    // Valid JSON the engine still refused (e.g. nested too deep for it).
    return { problem: { where: 'file', message: `Warmline could not read this JSON: ${(e as Error).message}`.slice(0, 300) } };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a pack file: every error and warning, or the pack. `now` is the clock dates are checked
 * against (none may be more than a day ahead). Never throws.
 */
export function parsePackText(text: string, now: Date = new Date()): ParseResult {
  try {
    return parsePack(stripBom(text), now);
  } catch (e) {
    return { ok: false, errors: [{ where: 'file', message: `Warmline could not read this file: ${String(e)}`.slice(0, 300) }], warnings: [] };
  }
}

function parsePack(text: string, now: Date): ParseResult {
  const parsed = parseJsonDroppingForbiddenKeys(text);
  if ('problem' in parsed) return { ok: false, errors: [parsed.problem], warnings: [] };
  const root = parsed.value;
  if (!isRecord(root) || root.format !== PACK_FORMAT) {
    return { ok: false, errors: [{ where: 'file', message: NOT_A_PACK }], warnings: [] };
  }
  if (typeof root.version === 'number' && root.version > PACK_VERSION) {
    return { ok: false, errors: [{ where: 'file', field: 'version', message: newerVersionMessage(root.version) }], warnings: [] };
  }

  const { warnings, forbiddenReported } = unknownKeyWarnings(root, parsed.dropped);
  const unreported = parsed.droppedCount - forbiddenReported;
  if (unreported > 0) {
    warnings.push({ where: 'file', message: `${unreported} more keys named __proto__, constructor or prototype were ignored` });
  }

  const result = Pack.safeParse(root);
  const zodIssues: ZodLikeIssue[] = result.success ? [] : [...result.error.issues];
  const errors = packIssuesFromZod(dedupe([...zodIssues, ...tokenIssues(root.content)]), root);
  errors.push(...duplicateIdErrors(root, 'content'), ...duplicateIdErrors(root, 'relationships'));
  errors.push(...futureDateIssues(root, now, (list, index) => itemWhere(list, index, (root[list] as unknown[])[index])));
  if (errors.length > 0 || !result.success) {
    return { ok: false, errors: sortByItem(errors), warnings };
  }
  return { ok: true, pack: result.data, warnings };
}

/**
 * Unknown tokens in every body. The schema reports these too, but zod skips an item's refinement
 * when another of its fields is already wrong, and we want every error in one go.
 */
function tokenIssues(content: unknown): ZodLikeIssue[] {
  if (!Array.isArray(content)) return [];
  const issues: ZodLikeIssue[] = [];
  content.forEach((item: unknown, index) => {
    if (!isRecord(item) || typeof item.body !== 'string') return;
    for (const token of unknownTokens(item.body)) {
      issues.push({ path: ['content', index, 'body'], message: `unknown token {{${token}}}`, code: 'custom' });
    }
  });
  return issues;
}

function dedupe(issues: ZodLikeIssue[]): ZodLikeIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${formatPath(issue.path)}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function duplicateIdErrors(root: Record<string, unknown>, list: 'content' | 'relationships'): ImportIssue[] {
  const items = root[list];
  if (!Array.isArray(items)) return [];
  const firstIndex = new Map<string, number>();
  const errors: ImportIssue[] = [];
  items.forEach((item: unknown, index) => {
    const id = idOf(item);
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else {
      const other = list === 'content' ? `library item ${first + 1}` : `relationship ${first + 1}`;
      errors.push(named({ where: itemWhere(list, index, item), field: 'id', message: `is also the id of ${other}: each needs its own` }, item));
    }
  });
  return errors;
}

const ITEM_WHERE = /^(content|relationships)\[(\d+)\]/;

/** File-level errors first, then content and relationships in file order (stable within an item). */
function sortByItem(errors: ImportIssue[]): ImportIssue[] {
  const rank = (issue: ImportIssue): [number, number] => {
    const match = ITEM_WHERE.exec(issue.where);
    if (!match) return [0, 0];
    return [match[1] === 'content' ? 1 : 2, Number(match[2])];
  };
  return errors
    .map((issue, order) => ({ issue, order, rank: rank(issue) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.order - b.order)
    .map((entry) => entry.issue);
}
