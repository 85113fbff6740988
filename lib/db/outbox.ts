/**
 * The outbox (Warmline Team): every local change the team server should hear about is written
 * with the record it changes, in one transaction, so nothing is lost when the browser, the
 * service worker or the server stops. Entries go out in the order they were made; a retry sends
 * the same mutation id, which the server answers once (docs/TEAM-API.md, push).
 *
 * Several edits of one flag or item made before the first went out become one entry; an edit
 * made while an earlier one is on its way `awaits` it and takes its resulting version
 * (rebaseAfter, in team-apply.ts), so one user's own edits never conflict with each other.
 */
import type { IDBPTransaction } from 'idb';
import type { Activity, Feedback, Mutation, OutboxEntry, StoredContent, StoredIntro, StoredRelationship } from '../model';
import { stampContentChange } from './approved-cache';
import { readStore, writeStore } from './run';
import type { StoreName, WarmlineDB } from './schema';

/** One record written or removed by a local change. */
export type RecordWrite =
  | { store: 'relationships'; put: StoredRelationship }
  | { store: 'content'; put: StoredContent }
  | { store: 'activities'; put: Activity }
  | { store: 'feedback'; put: Feedback }
  | { store: 'intros'; put: StoredIntro }
  | { store: 'relationships' | 'content' | 'activities' | 'feedback' | 'intros'; remove: string };

/**
 * A change for the team server. For flags and library items the version it is based on is read
 * from the stored record inside the transaction (`base: 'stored'`), unless given (a conflict's
 * "keep mine" bases it on the server's copy).
 */
export type Outgoing = { key: string; mutation: Mutation; base?: 'stored' | number | null };

export type LocalCommit = {
  writes: readonly RecordWrite[];
  outgoing?: readonly Outgoing[];
  /** Conflicts this change settles (their keys). */
  resolves?: readonly string[];
};

export const LOCAL_STORES = ['relationships', 'content', 'activities', 'feedback', 'intros', 'outbox', 'conflicts', 'meta'] as const satisfies readonly StoreName[];
type LocalTx = IDBPTransaction<WarmlineDB, typeof LOCAL_STORES extends readonly (infer S)[] ? S[] : never, 'readwrite'>;

type EditableMutation = Extract<Mutation, { type: 'relationship.put' | 'relationship.delete' | 'content.put' | 'content.delete' }>;

export function isEditable(mutation: Mutation): mutation is EditableMutation {
  return mutation.type.startsWith('relationship.') || mutation.type.startsWith('content.');
}

const isDelete = (mutation: Mutation) => mutation.type.endsWith('.delete');

/** The same mutation based on `base`; a delete waiting for a version keeps a placeholder (it `awaits`). */
export function withBase(mutation: EditableMutation, base: number | null): EditableMutation {
  if (mutation.type === 'relationship.delete' || mutation.type === 'content.delete') return { ...mutation, baseVersion: base ?? 1 };
  return { ...mutation, baseVersion: base };
}

/** The stores a commit touches, for announcing it. */
function touched(commit: LocalCommit): StoreName[] {
  const stores = new Set<StoreName>(commit.writes.map((write) => write.store));
  if (commit.outgoing?.length) stores.add('outbox');
  if (commit.resolves?.length) stores.add('conflicts');
  return [...stores];
}

async function storedVersion(tx: LocalTx, mutation: EditableMutation): Promise<number | null> {
  const id = 'record' in mutation ? mutation.record.id : mutation.recordId;
  const stored = mutation.type.startsWith('relationship.') ? await tx.objectStore('relationships').get(id) : await tx.objectStore('content').get(id);
  return stored?.meta.team?.version ?? null;
}

/** Adds one change to the outbox, folding it into an unsent change to the same record. */
async function enqueue(tx: LocalTx, out: Outgoing, base: number | null, now: string): Promise<void> {
  const outbox = tx.objectStore('outbox');
  const mutation = out.mutation;
  if (!isEditable(mutation)) {
    await outbox.add({ key: out.key, mutation, createdAt: now });
    return;
  }
  const pending = await outbox.index('by-key').getAll(out.key);
  const last = pending.at(-1);
  if (last && !last.sentAt && isEditable(last.mutation)) {
    // Not sent yet: the server never saw it, so this change takes its place, on its base.
    const lastBase = last.mutation.baseVersion;
    const neverStored = !last.awaits && lastBase === null;
    if (isDelete(mutation) && neverStored) {
      // Made and deleted before it ever went out: nothing to tell the server.
      await outbox.delete(last.seq!);
      return;
    }
    // An entry that awaits an earlier change keeps awaiting it (its base is filled in then).
    const next: OutboxEntry = { ...last, mutation: withBase(mutation, lastBase), createdAt: now };
    await outbox.put(next);
    return;
  }
  if (pending.length > 0) {
    // An earlier change to this record is on its way: this one is based on its result.
    await outbox.add({ key: out.key, mutation: withBase(mutation, null), awaits: true, createdAt: now });
    return;
  }
  // Deleting what the server never had: nothing to send.
  if (isDelete(mutation) && base === null) return;
  await outbox.add({ key: out.key, mutation: withBase(mutation, base), createdAt: now });
}

function applyWrite(tx: LocalTx, write: RecordWrite): void {
  const store = tx.objectStore(write.store);
  if ('remove' in write) void store.delete(write.remove);
  else void (store as { put(value: unknown): Promise<unknown> }).put(write.put);
}

/**
 * Writes records and the changes for the team in one transaction: both or neither. Bases are
 * read before the records are written.
 */
export function commitLocal(commit: LocalCommit, now = new Date()): Promise<void> {
  const at = now.toISOString();
  return writeStore(touched(commit), async (db) => {
    const tx = db.transaction([...LOCAL_STORES], 'readwrite');
    const bases: Array<number | null> = [];
    for (const out of commit.outgoing ?? []) {
      const base = out.base ?? 'stored';
      bases.push(base === 'stored' ? (isEditable(out.mutation) ? await storedVersion(tx, out.mutation) : null) : base);
    }
    for (const write of commit.writes) applyWrite(tx, write);
    if (commit.writes.some((write) => write.store === 'content')) stampContentChange(tx.objectStore('meta'));
    for (const [i, out] of (commit.outgoing ?? []).entries()) await enqueue(tx, out, bases[i]!, at);
    for (const key of commit.resolves ?? []) void tx.objectStore('conflicts').delete(key);
    await tx.done;
  });
}

/**
 * A verdict taken back (its Undo): the feedback and its activity go, and so does their change in
 * the outbox if it has not gone out; if it has, `retract` goes out to take it back on the server.
 */
export function withdrawFeedback(
  id: string,
  mayRemove: (found: Feedback) => boolean,
  retract: (found: Feedback) => Outgoing | null,
  now = new Date(),
): Promise<'removed' | 'missing' | 'kept'> {
  return writeStore(['feedback', 'activities', 'outbox'], async (db) => {
    const tx = db.transaction([...LOCAL_STORES], 'readwrite');
    const found = await tx.objectStore('feedback').get(id);
    if (!found) return 'missing';
    if (!mayRemove(found)) return 'kept';
    const activities = tx.objectStore('activities');
    const outbox = tx.objectStore('outbox');
    let unsent = false;
    const dropUnsent = async (key: string) => {
      for (const entry of await outbox.index('by-key').getAll(key)) {
        if (entry.sentAt) continue;
        unsent = true;
        await outbox.delete(entry.seq!);
      }
    };
    for (const activity of await activities.index('by-at').getAll(found.at)) {
      if (activity.feedbackId !== id) continue;
      await activities.delete(activity.id);
      await dropUnsent(`activity:${activity.id}`);
    }
    await tx.objectStore('feedback').delete(id);
    await dropUnsent(`feedback:${id}`);
    const back = unsent ? null : retract(found);
    if (back) await outbox.add({ key: back.key, mutation: back.mutation, createdAt: now.toISOString() });
    await tx.done;
    return 'removed';
  });
}

/** How many changes wait to go out. */
export function countOutbox(): Promise<number> {
  return readStore((db) => db.count('outbox'));
}

/** Every change waiting, oldest first. */
export function listOutbox(): Promise<OutboxEntry[]> {
  return readStore((db) => db.getAll('outbox'));
}

/**
 * The next changes to send, oldest first, marked as sent in the same transaction (a change
 * marked sent is never folded into again: the server may already have it). Changes that await
 * an earlier one wait.
 */
export function takeOutboxBatch(limit: number, now = new Date()): Promise<OutboxEntry[]> {
  return readStore(async (db) => {
    const tx = db.transaction('outbox', 'readwrite');
    const batch: OutboxEntry[] = [];
    let cursor = await tx.store.openCursor();
    while (cursor && batch.length < limit) {
      const entry = cursor.value;
      if (!entry.awaits) {
        const sent = entry.sentAt ? entry : { ...entry, sentAt: now.toISOString() };
        if (!entry.sentAt) await cursor.update(sent);
        batch.push(sent);
      }
      cursor = await cursor.continue();
    }
    await tx.done;
    return batch;
  });
}
