/**
 * The `meta` store's registry: every small record kept beside the data, by key, with the schema
 * (lib/model) it is read back through. Nothing reads the meta store but through an entry here, so
 * a stored value is always checked on the way out: a corrupt or older one is repaired or dropped,
 * never passed on as if it were well formed.
 */
import {
  ApprovedCache,
  ContentStamp,
  guardrailMapFrom,
  SellInSeen,
  settingsFrom,
  SubscriptionHeld,
  TeamEnded,
  TeamPolicy,
  TeamSession,
  TeamSyncState,
  TeamToken,
  type GuardrailMap,
  type Settings,
} from '../model';
import { readStore, writeStore } from './run';

export type MetaEntry<T> = {
  key: string;
  /** The stored value, checked; what a missing or unreadable one reads as. */
  read(raw: unknown): T;
};

type Schema<T> = { safeParse(raw: unknown): { success: true; data: T } | { success: false } };

/** An entry read through a schema: a value that does not parse reads as missing. */
function checked<T>(key: string, schema: Schema<T>): MetaEntry<T | undefined> {
  return {
    key,
    read(raw) {
      const parsed = schema.safeParse(raw);
      return parsed.success ? parsed.data : undefined;
    },
  };
}

export const META = {
  /** The user's settings; each bad field falls back to its default. */
  settings: { key: 'settings', read: settingsFrom } satisfies MetaEntry<Settings>,
  /** Marketing's per-item guardrails; entries that do not parse are dropped. */
  guardrails: { key: 'guardrails', read: guardrailMapFrom } satisfies MetaEntry<GuardrailMap>,
  /** Answers to this rep's intro requests they have seen (`id:state`, lib/intros/lists.ts): each is told once. */
  introAnswersSeen: { key: 'intros.seen', read: (raw: unknown) => SellInSeen.safeParse(raw).data ?? [] } satisfies MetaEntry<string[]>,
  /** The content ids this rep has acknowledged as new (lib/library/sell-in.ts). */
  sellInSeen: { key: 'sellin.seen', read: (raw: unknown) => SellInSeen.safeParse(raw).data ?? [] } satisfies MetaEntry<string[]>,
  /** Stamped by every content write (lib/db/approved-cache.ts). */
  contentStamp: checked('content.stamp', ContentStamp),
  /** The approved library as one record, valid while its stamp is the current one. */
  approvedCache: checked('content.approved', ApprovedCache),
  /** What the copy held from one subscription contains (lib/background/subscriptions.ts). */
  subscriptionHeld: (url: string) => checked(`subscription-held:${url}`, SubscriptionHeld),
  /** Warmline Team: who this browser is signed in as (no token: views read this one). */
  teamSession: checked('team.session', TeamSession),
  /** The bearer token: the background's sync engine reads it, nothing else does. */
  teamToken: checked('team.token', TeamToken),
  /** Where the pull stands and how the last sync went; written with each page pulled. */
  teamSync: checked('team.sync', TeamSyncState),
  /** Why this browser left the team (left, revoked), said until it joins again. */
  teamEnded: checked('team.ended', TeamEnded),
  /** The administrator's team server URL (managed policy), copied here by the background. */
  teamPolicy: { key: 'team.policy', read: (raw: unknown) => TeamPolicy.safeParse(raw).data ?? {} } satisfies MetaEntry<TeamPolicy>,
};

export function getMeta<T>(entry: MetaEntry<T>): Promise<T> {
  return readStore(async (db) => entry.read(await db.get('meta', entry.key)));
}

export function putMeta<T>(entry: MetaEntry<T>, value: NonNullable<T>): Promise<void> {
  return writeStore(['meta'], async (db) => {
    await db.put('meta', value, entry.key);
  });
}

export function deleteMeta(entry: MetaEntry<unknown>): Promise<void> {
  return writeStore(['meta'], (db) => db.delete('meta', entry.key));
}

/** The meta store of a transaction that spans it (and others). */
type MetaReader = { get(key: string): Promise<unknown> };
type MetaWriter = { put(value: unknown, key: string): unknown };

/** Reads an entry inside a transaction that spans the meta store. */
export async function readMetaIn<T>(store: MetaReader, entry: MetaEntry<T>): Promise<T> {
  return entry.read(await store.get(entry.key));
}

/** Writes an entry inside a transaction; the request is issued, the transaction's end awaited by the caller. */
export function writeMetaIn<T>(store: MetaWriter, entry: MetaEntry<T>, value: NonNullable<T>): void {
  void store.put(value, entry.key);
}
