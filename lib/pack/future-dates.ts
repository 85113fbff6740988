/**
 * docs/PACK-FORMAT.md, merging: a date-time more than a day ahead (`updatedAt`, `createdAt`,
 * `approvedAt`) refuses the whole file. A record "updated" in the year 9999 would otherwise win
 * every later comparison and could never be corrected by its own publisher.
 */
import type { ContentItem, Relationship } from '../model';
import { named, type ImportIssue } from './issues';

/** Clocks differ, and zones are easy to get wrong: a day's slack before a date counts as the future. */
export const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

export const CONTENT_DATES = ['updatedAt', 'approvedAt'] as const satisfies ReadonlyArray<keyof ContentItem>;
export const RELATIONSHIP_DATES = ['createdAt', 'updatedAt', 'confirmedAt'] as const satisfies ReadonlyArray<keyof Relationship>;

export function isTooFarAhead(iso: string | undefined, now: Date): boolean {
  if (iso === undefined) return false;
  const at = Date.parse(iso);
  return !Number.isNaN(at) && at > now.getTime() + FUTURE_SLACK_MS;
}

/**
 * What follows the field's name in the issue (lib/pack/issues.ts names the record, by its title or
 * whom it is about, and the field): the date, and what to do.
 */
export function futureDateMessage(value: string): string {
  return `is ${value}, more than a day in the future: correct it in the file, then import it again`;
}

/** The dated fields of one record that lie too far ahead. */
export function futureFields(record: object, fields: readonly string[], now: Date): Array<{ field: string; value: string }> {
  const found: Array<{ field: string; value: string }> = [];
  for (const field of fields) {
    const value = (record as Record<string, unknown>)[field];
    if (typeof value === 'string' && isTooFarAhead(value, now)) found.push({ field, value });
  }
  return found;
}

/**
 * Every too-far-ahead date in a pack's lists, read leniently (so they are reported with the
 * file's other errors, whatever else is wrong), each placed by `where` (the item's index and id).
 */
export function futureDateIssues(root: Record<string, unknown>, now: Date, where: (list: 'content' | 'relationships', index: number) => string): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const list of ['content', 'relationships'] as const) {
    const records = root[list];
    if (!Array.isArray(records)) continue;
    const fields: readonly string[] = list === 'content' ? CONTENT_DATES : RELATIONSHIP_DATES;
    records.forEach((record: unknown, index) => {
      if (typeof record !== 'object' || record === null) return;
      for (const { field, value } of futureFields(record as Record<string, unknown>, fields, now)) {
        issues.push(named({ where: where(list, index), field, message: futureDateMessage(value) }, record));
      }
    });
  }
  return issues;
}
