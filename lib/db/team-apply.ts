/**
 * What the team server says, applied to the local copy (docs/TEAM-API.md, sync): a pulled page
 * with its cursor, a push's answers with the outbox, the end of a resync, and leaving. Each in
 * one transaction. A record with a change of its own waiting in the outbox, or a conflict waiting
 * for the user, is never overwritten by a pull: the push or the user's choice settles it.
 */
import { unwrap } from 'idb';
import type { IDBPTransaction } from 'idb';
import {
  recordKey,
  type Change,
  type MutationResult,
  type OutboxEntry,
  type RefusedChange,
  type StoredRelationship,
  type TeamConflict,
  type TeamEnded,
  type TeamSyncState,
} from '../model';
import { stampContentChange } from './approved-cache';
import { META, readMetaIn, writeMetaIn } from './meta';
import { isEditable, LOCAL_STORES, withBase } from './outbox';
import { NOT_TEAM } from './relationships';
import { writeStore, writeStoreReporting } from './run';
import type { StoreName, WarmlineDB } from './schema';
import { isOwnTeamFlag, STORE_OF, storedFromChange, teamMetaOf, teamRecordMeta, type PutChange, type StoredFromTeam, type TeamContext } from './team-records';

type Tx = IDBPTransaction<WarmlineDB, (typeof LOCAL_STORES)[number][], 'readwrite'>;
type RecordStore = 'relationships' | 'content' | 'activities' | 'feedback' | 'intros';

function openLocal(db: Parameters<Parameters<typeof writeStore>[1]>[0]): Tx {
  return db.transaction([...LOCAL_STORES], 'readwrite');
}

/** The session still belongs to this server and user (the user did not leave meanwhile). */
async function stillJoined(tx: Tx, ctx: TeamContext): Promise<TeamSyncState | undefined> {
  const meta = tx.objectStore('meta');
  const session = await readMetaIn(meta, META.teamSession);
  if (!session || session.server !== ctx.server || session.user.id !== ctx.userId) return undefined;
  const state = await readMetaIn(meta, META.teamSync);
  return state && state.gen === ctx.gen ? state : undefined;
}

/**
 * Runs `work` in one transaction over the local stores, if the session is still this one; what it
 * changed is announced. Nothing is written for a user who left, or a pull from nothing begun meanwhile.
 */
type NotApplied = { stores: StoreName[]; applied: false };
function inSession<T extends { stores: StoreName[] }>(ctx: TeamContext, work: (tx: Tx, state: TeamSyncState) => Promise<T>): Promise<T | NotApplied> {
  return writeStoreReporting(async (db) => {
    const tx = openLocal(db);
    const state = await stillJoined(tx, ctx);
    const notApplied: NotApplied = { stores: [], applied: false };
    const result = state ? await work(tx, state) : notApplied;
    await tx.done;
    return result;
  });
}

/** Keys of records with a change of their own in the outbox. */
async function pendingKeys(tx: Tx): Promise<Set<string>> {
  const outbox = tx.objectStore('outbox');
  if ((await outbox.count()) === 0) return new Set();
  return new Set((await outbox.getAll()).map((entry) => entry.key));
}

/** Ids held here by records of another origin (a pack, this browser), which the team never overwrites. */
async function otherOriginIds(tx: Tx, store: 'relationships' | 'content'): Promise<Set<string>> {
  const index = tx.objectStore(store).index('by-origin-kind');
  if ((await index.count(NOT_TEAM)) === 0) return new Set();
  return new Set(await index.getAllKeys(NOT_TEAM));
}

export type PullPage = { changes: readonly Change[]; cursor: string; more: boolean };
export type Applied = { stores: StoreName[]; applied: boolean };

/**
 * One pulled page and its cursor, in one transaction. Returns applied: false (nothing written)
 * when the user left or a new full pull began meanwhile.
 */
export function applyPullPage(page: PullPage, ctx: TeamContext, now = new Date()): Promise<Applied> {
  // Derived before the transaction: nothing inside it waits on anything but the store.
  const prepared = page.changes.map((change) => (change.op === 'put' ? storedFromChange(change, ctx) : null));
  const stores = new Set<StoreName>();
  return inSession(ctx, async (tx, state) => {
    const pending = await pendingKeys(tx);
    const conflicted = new Set(await tx.objectStore('conflicts').getAllKeys());
    const kinds = new Set(page.changes.map((change) => change.kind));
    const others = {
      relationships: kinds.has('relationship') ? await otherOriginIds(tx, 'relationships') : new Set<string>(),
      content: kinds.has('content') ? await otherOriginIds(tx, 'content') : new Set<string>(),
    };
    const raw = {
      relationships: unwrap(tx.objectStore('relationships')),
      content: unwrap(tx.objectStore('content')),
      activities: unwrap(tx.objectStore('activities')),
      feedback: unwrap(tx.objectStore('feedback')),
      intros: unwrap(tx.objectStore('intros')),
    };
    const conflictUpdates: Array<{ key: string; change: Change }> = [];
    for (const [i, change] of page.changes.entries()) {
      const key = recordKey(change.kind, change.id);
      const store: RecordStore = STORE_OF[change.kind];
      if (pending.has(key)) continue;
      if (conflicted.has(key)) {
        conflictUpdates.push({ key, change });
        continue;
      }
      if ((store === 'relationships' || store === 'content') && others[store].has(change.id)) {
        if (change.op === 'put' && (change.kind === 'relationship' || change.kind === 'content')) {
          const conflict: TeamConflict = { key, kind: change.kind, id: change.id, reason: 'other-origin', theirs: change, at: now.toISOString() };
          void tx.objectStore('conflicts').put(conflict);
          conflicted.add(key);
          stores.add('conflicts');
        }
        continue;
      }
      stores.add(store);
      const put = prepared[i];
      if (put) raw[put.store].put(put.value);
      else raw[store].delete(change.id);
    }
    // A conflict waiting for the user shows the server's latest copy.
    for (const { key, change } of conflictUpdates) {
      const conflicts = tx.objectStore('conflicts');
      const conflict = await conflicts.get(key);
      if (!conflict) continue;
      stores.add('conflicts');
      if (change.op === 'gone' && conflict.reason === 'other-origin') await conflicts.delete(key);
      else await conflicts.put({ ...conflict, theirs: change.op === 'put' ? (change as TeamConflict['theirs']) : null });
    }
    const meta = tx.objectStore('meta');
    if (stores.has('content')) stampContentChange(meta);
    const next: TeamSyncState = { ...state, cursor: page.cursor, lastAttemptAt: now.toISOString() };
    if (!page.more) next.lastSyncAt = now.toISOString();
    writeMetaIn(meta, META.teamSync, next);
    return { stores: [...stores], applied: true };
  });
}

/** Remaining outbox entries for a record, oldest first. */
function laterEntries(tx: Tx, key: string): Promise<OutboxEntry[]> {
  return tx.objectStore('outbox').index('by-key').getAll(key);
}

/** An earlier change to this record came back: the first change that awaited it is now based on its result. */
async function rebaseAfter(tx: Tx, key: string, version: number | null): Promise<void> {
  const waiting = (await laterEntries(tx, key)).find((entry) => entry.awaits);
  if (!waiting || !isEditable(waiting.mutation)) return;
  const outbox = tx.objectStore('outbox');
  if (version === null && waiting.mutation.type.endsWith('.delete')) {
    // Deleted on the server already: a delete after it has nothing left to do.
    await outbox.delete(waiting.seq!);
    return;
  }
  const { awaits: _done, ...rest } = waiting;
  await outbox.put({ ...rest, mutation: withBase(waiting.mutation, version) });
}

function labelOf(entry: OutboxEntry): string {
  const m = entry.mutation;
  if (m.type === 'relationship.put') return m.record.person?.name ?? m.record.company?.name ?? m.record.id;
  if (m.type === 'content.put') return m.record.title;
  if ('recordId' in m) return m.recordId;
  return m.record.id;
}

/** A stored record's bookkeeping replaced by the server's, its own fields kept (a later local edit waits). */
async function adoptVersion(tx: Tx, change: PutChange, ctx: TeamContext): Promise<void> {
  if (change.kind !== 'relationship' && change.kind !== 'content') return;
  const store = tx.objectStore(STORE_OF[change.kind]);
  const local = await store.get(change.id);
  if (!local) return;
  await store.put({ ...local, meta: teamRecordMeta(ctx.server, teamMetaOf(change, ctx.gen)) } as never);
}

function putStored(tx: Tx, stored: StoredFromTeam): Promise<unknown> {
  return (tx.objectStore(stored.store) as unknown as { put(value: unknown): Promise<unknown> }).put(stored.value);
}

export type PushPair = { entry: OutboxEntry; result: MutationResult };

/**
 * A push's answers, each with the outbox entry it answers, in one transaction: applied changes
 * are stored (and the next change to the same record rebased on them), conflicts are kept for the
 * user with the local version, and what the server refused for good is said once.
 */
export function applyPushResults(pairs: readonly PushPair[], ctx: TeamContext, now = new Date()): Promise<Applied> {
  // The outbox shrinking is not announced: an announced outbox change means "push", and this is the push.
  const stores = new Set<StoreName>();
  return inSession(ctx, async (tx, state) => {
    const outbox = tx.objectStore('outbox');
    const refused: RefusedChange[] = [];
    const refuse = (entry: OutboxEntry, message: string | undefined) =>
      refused.push({ at: now.toISOString(), label: labelOf(entry).slice(0, 200), message: (message ?? 'The server did not take this change.').slice(0, 2000) });

    for (const { entry, result } of pairs) {
      if (entry.seq === undefined || !(await outbox.get(entry.seq))) continue;
      await outbox.delete(entry.seq);
      const m = entry.mutation;
      const change = result.change;
      const kind = change?.kind ?? kindOf(m);
      const store: RecordStore = STORE_OF[kind];
      const later = await laterEntries(tx, entry.key);
      switch (result.status) {
        case 'applied':
        case 'superseded': {
          if (change?.op === 'put') {
            if (later.length > 0) await adoptVersion(tx, change, ctx);
            else await putStored(tx, storedFromChange(change, ctx));
            await rebaseAfter(tx, entry.key, change.version);
          } else if (change?.op === 'gone') {
            if (!later.some((e) => e.mutation.type.endsWith('.put'))) await tx.objectStore(store).delete(change.id);
            await rebaseAfter(tx, entry.key, null);
          }
          stores.add(store);
          break;
        }
        case 'conflict': {
          if (isEditable(m) && (change === null || change.op === 'put') && !(change === null && m.baseVersion === null)) {
            const theirs = change?.op === 'put' && (change.kind === 'relationship' || change.kind === 'content') ? change : null;
            const conflict: TeamConflict = {
              key: entry.key,
              kind: m.type.startsWith('relationship.') ? 'relationship' : 'content',
              id: 'record' in m ? m.record.id : m.recordId,
              reason: theirs ? 'changed' : 'deleted',
              theirs,
              ...(m.type === 'relationship.put' ? { share: m.share } : {}),
              ...(m.type.endsWith('.delete') ? { mineDeleted: true as const } : {}),
              at: now.toISOString(),
            };
            await tx.objectStore('conflicts').put(conflict);
            stores.add('conflicts');
            // The local record holds every later edit: they are the conflict's "mine" now.
            for (const e of later) await outbox.delete(e.seq!);
          } else {
            refuse(entry, result.message);
            // A new record whose id the server holds for someone else: it stays, in this browser only.
            if ((m.type === 'relationship.put' || m.type === 'content.put') && change === null) await keepHereOnly(tx, STORE_OF[kind], m.record.id);
          }
          break;
        }
        case 'forbidden':
        case 'not-found': {
          refuse(entry, result.message);
          if (change?.op === 'put') await putStored(tx, storedFromChange(change, ctx));
          else if (m.type === 'intro.request') await tx.objectStore('intros').delete(m.record.id);
          for (const e of later) await outbox.delete(e.seq!);
          stores.add(store);
          break;
        }
      }
    }
    const meta = tx.objectStore('meta');
    if (stores.has('content')) stampContentChange(meta);
    if (refused.length) writeMetaIn(meta, META.teamSync, { ...state, refused: [...refused, ...state.refused].slice(0, 50) });
    return { stores: [...stores], applied: true };
  });
}

async function keepHereOnly(tx: Tx, name: 'relationships' | 'content' | RecordStore, id: string): Promise<void> {
  if (name !== 'relationships' && name !== 'content') return;
  const store = tx.objectStore(name);
  const local = await store.get(id);
  if (!local) return;
  const { team: _team, ...meta } = local.meta;
  await store.put({ ...local, meta: { ...meta, origin: { kind: 'local' } } } as never);
}

function kindOf(mutation: OutboxEntry['mutation']): Change['kind'] {
  const [head] = mutation.type.split('.');
  return head as Change['kind'];
}

/**
 * The end of a pull from nothing: the team's records an older pull brought and this one did not
 * left the user's view while the cursor was stale. Records with a change waiting or a conflict stay.
 */
export function finishResync(ctx: TeamContext): Promise<Applied> {
  const stores = new Set<StoreName>();
  return inSession(ctx, async (tx, state) => {
    const keep = new Set([...(await pendingKeys(tx)), ...((await tx.objectStore('conflicts').getAllKeys()) as string[])]);
    const stale = (gen: number | undefined, version: number | null | undefined) => version !== null && (gen ?? 0) < ctx.gen;
    for (const [name, kind] of [['relationships', 'relationship'], ['content', 'content']] as const) {
      let cursor = await tx.objectStore(name).index('by-origin-kind').openCursor('team');
      while (cursor) {
        const team = cursor.value.meta.team;
        if (stale(team?.gen, team?.version) && !keep.has(recordKey(kind, cursor.value.id))) {
          await cursor.delete();
          stores.add(name);
        }
        cursor = await cursor.continue();
      }
    }
    let intro = await tx.objectStore('intros').openCursor();
    while (intro) {
      if (stale(intro.value.meta.gen, intro.value.meta.version) && !keep.has(recordKey('intro', intro.value.id))) {
        await intro.delete();
        stores.add('intros');
      }
      intro = await intro.continue();
    }
    const meta = tx.objectStore('meta');
    if (stores.has('content')) stampContentChange(meta);
    writeMetaIn(meta, META.teamSync, { ...state, resyncing: false });
    return { stores: [...stores], applied: true };
  });
}

/**
 * Begins a pull from nothing (a resync): a new generation, the cursor cleared, the outbox kept.
 * Returns the new generation.
 */
export async function beginResync(ctx: TeamContext): Promise<number | undefined> {
  const begun = await inSession(ctx, async (tx, state) => {
    const gen = state.gen + 1;
    writeMetaIn(tx.objectStore('meta'), META.teamSync, { ...state, cursor: null, gen, resyncing: true });
    return { stores: [] as StoreName[], gen };
  });
  return 'gen' in begun ? begun.gen : undefined;
}

/**
 * Leaving the team, or losing access: the team's records go from this browser (teammates' flags
 * and notes, the team library, intro requests, changes waiting, conflicts), the flags this user
 * made stay as local ones, and why it ended is kept to be said. All in one transaction.
 */
export function forgetTeam(userId: string, ended: (counts: { kept: number; removed: number }) => TeamEnded): Promise<{ kept: number; removed: number; message: string }> {
  return writeStore(['relationships', 'content', 'intros', 'outbox', 'conflicts', 'meta'], async (db) => {
    const tx = openLocal(db);
    let kept = 0;
    let removed = 0;
    let rels = await tx.objectStore('relationships').index('by-origin-kind').openCursor('team');
    while (rels) {
      const rel: StoredRelationship = rels.value;
      if (isOwnTeamFlag(rel, userId)) {
        const { team: _team, ...meta } = rel.meta;
        await rels.update({ ...rel, meta: { ...meta, origin: { kind: 'local' } } });
        kept++;
      } else {
        await rels.delete();
        removed++;
      }
      rels = await rels.continue();
    }
    let items = await tx.objectStore('content').index('by-origin-kind').openCursor('team');
    while (items) {
      await items.delete();
      removed++;
      items = await items.continue();
    }
    await Promise.all([tx.objectStore('intros').clear(), tx.objectStore('outbox').clear(), tx.objectStore('conflicts').clear()]);
    const meta = tx.objectStore('meta');
    stampContentChange(meta);
    for (const entry of [META.teamToken, META.teamSession, META.teamSync]) void meta.delete(entry.key);
    const said = ended({ kept, removed });
    writeMetaIn(meta, META.teamEnded, said);
    await tx.done;
    return { kept, removed, message: said.message };
  });
}

/**
 * Changes the server refused as a whole batch for good (a field it will not take, a role that may
 * never make them): they leave the outbox with the later changes to the same records, so the rest
 * can go, and the user is told once.
 */
export function refuseOutboxEntries(entries: readonly OutboxEntry[], message: string, now = new Date()): Promise<Applied> {
  return writeStoreReporting(async (db) => {
    const tx = openLocal(db);
    const outbox = tx.objectStore('outbox');
    const refused: RefusedChange[] = [];
    for (const entry of entries) {
      if (entry.seq === undefined || !(await outbox.get(entry.seq))) continue;
      await outbox.delete(entry.seq);
      for (const later of await laterEntries(tx, entry.key)) await outbox.delete(later.seq!);
      refused.push({ at: now.toISOString(), label: labelOf(entry).slice(0, 200), message: message.slice(0, 2000) });
    }
    const meta = tx.objectStore('meta');
    const state = await readMetaIn(meta, META.teamSync);
    if (state && refused.length) writeMetaIn(meta, META.teamSync, { ...state, refused: [...refused, ...state.refused].slice(0, 50) });
    await tx.done;
    return { stores: [], applied: true };
  });
}
