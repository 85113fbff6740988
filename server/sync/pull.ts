/**
 * Pull: the changes in the caller's spaces after their cursor, a page at a time.
 *
 * Each space has its own version counter, bumped under the space's row lock inside the write
 * transaction, so within a space versions follow commit order: once a version is visible, every
 * lower one is too, and "after my cursor" never skips a late commit. A record visible to several
 * audiences has an entry in each of their spaces; whatever entry brings it, the record is read as
 * the caller (row-level security) and sent as it is now, or as "gone" when the caller can no
 * longer see it. Nothing new costs one indexed query (the spaces' heads).
 */
import type { Change, PullResponse, RecordKind } from '../../lib/model/index.ts';
import { RECORD_KINDS } from '../../lib/model/index.ts';
import type { Caller } from '../auth/caller.ts';
import type { Tx } from '../db/types.ts';
import { decodeCursor, encodeCursor, type Cursor } from './cursor.ts';
import { loadChangeTexts } from './records.ts';
import { readableSpaces } from './spaces.ts';

export class BadCursorError extends Error {}

type Heads = { epoch: string; heads: Record<string, [version: number, purgedThrough: number]> };
type EntryRow = { space: string; kind: RecordKind; record_id: string; version: number };

/**
 * A PullResponse as the route sends it: a page's changes are JSON text already (pullBody joins
 * them), a resync answer is as it is.
 */
export type PullAnswer = Extract<PullResponse, { resync: true }> | { changes: string[]; cursor: string; more: boolean };

/** The answer's JSON. */
export function pullBody(answer: PullAnswer): string {
  if ('resync' in answer) return JSON.stringify(answer);
  return `{"changes":[${answer.changes.join(',')}],"cursor":${JSON.stringify(answer.cursor)},"more":${answer.more}}`;
}

/** `tx` must already act as `caller`. */
export async function pull(tx: Tx, caller: Caller, request: { cursor: string | null; limit: number }): Promise<PullAnswer> {
  const spaces = readableSpaces({ id: caller.userId, role: caller.role, teamIds: caller.teamIds });
  const [state] = await tx.query<Heads>(
    `SELECT (SELECT value FROM server_meta WHERE key = 'epoch') AS epoch,
            coalesce(jsonb_object_agg(key, jsonb_build_array(version, purged_through)), '{}'::jsonb) AS heads
     FROM spaces WHERE key = ANY ($1::text[])`,
    [spaces],
  );
  const { epoch, heads } = state!;
  const head = (space: string) => heads[space]?.[0] ?? 0;

  let since: number[];
  if (request.cursor === null) {
    since = spaces.map(() => 0);
  } else {
    const cursor = decodeCursor(request.cursor);
    if (!cursor) throw new BadCursorError('cursor: not a cursor this server made; start again with null');
    const resync = resyncReason(cursor, { epoch, caller, spaces, heads });
    if (resync) return resync;
    since = cursor.versions;
  }
  const cursorOf = (versions: number[]) => encodeCursor({ epoch, accessRev: caller.accessRev, versions });

  if (spaces.every((space, i) => head(space) <= since[i]!)) return { changes: [], cursor: cursorOf(since), more: false };

  const rows = await tx.query<EntryRow>(
    `SELECT c.space, e.kind, e.record_id, e.version
     FROM unnest($1::text[], $2::bigint[]) WITH ORDINALITY AS c (space, since, position)
     CROSS JOIN LATERAL (
       SELECT kind, record_id, version FROM sync_entries
       WHERE space = c.space AND version > c.since ORDER BY version LIMIT $3
     ) e
     ORDER BY c.position, e.version LIMIT $3`,
    [spaces, since, request.limit],
  );
  const more = rows.length === request.limit;
  const next = nextVersions(spaces, since, rows, more, head);
  return { changes: await changesFor(tx, rows, caller.userId), cursor: cursorOf(next), more };
}

function resyncReason(cursor: Cursor, now: { epoch: string; caller: Caller; spaces: string[]; heads: Heads['heads'] }): PullAnswer | null {
  if (cursor.epoch !== now.epoch) {
    return { resync: true, reason: 'server-changed', message: 'The server was restored or moved: pull everything again.' };
  }
  if (cursor.accessRev !== now.caller.accessRev || cursor.versions.length !== now.spaces.length) {
    return { resync: true, reason: 'access-changed', message: 'Your role or teams changed: pull everything again.' };
  }
  const expired = now.spaces.some((space, i) => cursor.versions[i]! > 0 && cursor.versions[i]! < (now.heads[space]?.[1] ?? 0));
  if (expired) {
    return { resync: true, reason: 'cursor-expired', message: 'This cursor is older than what the server keeps: pull everything again.' };
  }
  return null;
}

/**
 * Rows come ordered by space (in `spaces` order), then version. With a full page, the last space in it may have more
 * (its cursor stops at the last version sent) and later spaces were not reached; every space
 * before it was read to the end, as was every space when the page was not full.
 */
function nextVersions(spaces: string[], since: number[], rows: EntryRow[], more: boolean, head: (space: string) => number): number[] {
  const lastSent = new Map<string, number>();
  for (const row of rows) lastSent.set(row.space, row.version);
  const partial = more ? spaces.indexOf(rows[rows.length - 1]!.space) : -1;
  return spaces.map((space, i) => {
    if (i === partial) return lastSent.get(space)!;
    if (partial !== -1 && i > partial) return since[i]!;
    // Read to the end: the head read before the entries is safe (no lower version can appear later).
    return Math.max(since[i]!, head(space), lastSent.get(space) ?? 0);
  });
}

async function changesFor(tx: Tx, rows: EntryRow[], callerId: string): Promise<string[]> {
  const wanted = new Map<RecordKind, Set<string>>(RECORD_KINDS.map((kind) => [kind, new Set()]));
  for (const row of rows) wanted.get(row.kind)!.add(row.record_id);
  const found = new Map<RecordKind, Map<string, string>>();
  for (const [kind, ids] of wanted) found.set(kind, await loadChangeTexts(tx, kind, [...ids], callerId));

  const changes: string[] = [];
  const sent = new Set<string>();
  for (const row of rows) {
    const key = `${row.kind}\u0000${row.record_id}`;
    if (sent.has(key)) continue; // the same record through two spaces
    sent.add(key);
    const gone: Change = { op: 'gone', kind: row.kind, id: row.record_id };
    changes.push(found.get(row.kind)!.get(row.record_id) ?? JSON.stringify(gone));
  }
  return changes;
}
