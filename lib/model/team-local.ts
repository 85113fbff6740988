/**
 * What this browser keeps of its Warmline Team connection (TEAM.md; docs/TEAM-API.md): the
 * session and its token, where the pull stands, the outbox of changes waiting to go out, the
 * conflicts waiting for the user, and the bookkeeping each team record carries.
 */
import { z } from 'zod';
import { BOUNDS } from './bounds';
import { isoDateTime } from './dates';
import { Change, IntroRequest, Me, Mutation, Share, UserRef, type RecordKind } from './team';

const uuid = z.uuid();
const url = z.string().max(BOUNDS.url);
const said = z.string().max(BOUNDS.message);

/** Kept with every record that came from (or goes to) the team server, beside its origin. */
export const TeamRecordMeta = z.object({
  /** The server's version of the record; null until the server has stored it. */
  version: z.number().int().min(1).nullable(),
  /** Flags: whose it is, and where it is shared. */
  owner: UserRef.optional(),
  mine: z.boolean().optional(),
  share: Share.optional(),
  teams: z.array(uuid).max(1000).optional(),
  narrowed: z.boolean().optional(),
  /** Library items: the team whose library holds it (null: every team's). */
  team: uuid.nullable().optional(),
  serverUpdatedAt: isoDateTime.optional(),
  /** The full pull that last brought it: a resync drops the team's records an older one brought. */
  gen: z.number().int().min(0).optional(),
});
export type TeamRecordMeta = z.infer<typeof TeamRecordMeta>;

/** Who this browser is signed in as, and where (the token is kept apart, TeamToken). */
export const TeamSession = z.object({
  /** The server's base URL, as the user typed it, checked (lib/sync/server-url.ts). */
  server: url,
  user: Me.shape.user,
  teams: Me.shape.teams,
  /** This browser's label in the user's list of signed-in browsers. */
  device: z.string().max(100).optional(),
  joinedAt: isoDateTime,
  /** The user chose which of their flags from before joining to share (or to keep here). */
  sharedChoiceMade: z.boolean().default(false),
});
export type TeamSession = z.infer<typeof TeamSession>;

/** The bearer token: read by the background's sync engine only, never sent to a page or a frame. */
export const TeamToken = z.object({ server: url, token: z.string().min(1).max(200) });
export type TeamToken = z.infer<typeof TeamToken>;

export const SYNC_PROBLEMS = ['unreachable', 'not-warmline', 'refused', 'server-error'] as const;
export type SyncProblemKind = (typeof SYNC_PROBLEMS)[number];

/** A change the server refused for good (a role that may not, a record it would not take): said once. */
export const RefusedChange = z.object({ at: isoDateTime, label: z.string().max(BOUNDS.name), message: said });
export type RefusedChange = z.infer<typeof RefusedChange>;

/** Where the pull stands (written with each page it applies) and how the last sync went. */
export const TeamSyncState = z.object({
  cursor: z.string().max(4096).nullable(),
  /** Goes up with each pull from nothing (joining, a resync). */
  gen: z.number().int().min(0),
  /** A pull from nothing is under way: when it ends, team records an older `gen` brought go. */
  resyncing: z.boolean().default(false),
  lastSyncAt: isoDateTime.optional(),
  lastAttemptAt: isoDateTime.optional(),
  /** Why the last sync failed, and since when it has been failing. */
  problem: z.object({ kind: z.enum(SYNC_PROBLEMS), message: said, since: isoDateTime }).optional(),
  refused: z.array(RefusedChange).max(50).default([]),
});
export type TeamSyncState = z.infer<typeof TeamSyncState>;

export const START_OF_SYNC: TeamSyncState = { cursor: null, gen: 1, resyncing: false, refused: [] };

/** Why this browser is no longer in the team, said on the Team tab until the user joins again. */
export const TeamEnded = z.object({
  server: url,
  reason: z.enum(['left', 'revoked']),
  message: said,
  at: isoDateTime,
});
export type TeamEnded = z.infer<typeof TeamEnded>;

/** The administrator's managed policy for the team server (public/managed-schema.json). */
export const TeamPolicy = z.object({ serverUrl: url.optional() });
export type TeamPolicy = z.infer<typeof TeamPolicy>;

/** The records an outbox entry or a conflict is about: `kind:id`. */
export function recordKey(kind: RecordKind, id: string): string {
  return `${kind}:${id}`;
}

/**
 * One change waiting to go out, in the order it was made. Flags and library items carry the
 * version they were based on in `mutation.baseVersion`; an entry made on top of an earlier change
 * to the same record that has not come back yet `awaits` it, and takes that change's version
 * (lib/db/team-apply.ts, rebase) before it goes.
 */
export type OutboxEntry = {
  /** Assigned by the store, in the order changes were made. */
  seq?: number;
  key: string;
  mutation: Mutation;
  awaits?: true;
  createdAt: string;
  /** Set before it is sent: an entry sent once is never rewritten (the server may have it). */
  sentAt?: string;
};

export const CONFLICT_KINDS = ['relationship', 'content', 'intro'] as const;

/**
 * A local change the server did not take because it had moved on ('changed') or deleted the
 * record ('deleted'), or a team record whose id a record of another origin holds here
 * ('other-origin'). Both versions are shown where the user edits the record; the user chooses.
 */
export type TeamConflict = {
  key: string;
  kind: (typeof CONFLICT_KINDS)[number];
  id: string;
  reason: 'changed' | 'deleted' | 'other-origin';
  /** The server's copy (a put), or null when the server deleted it. */
  theirs: Extract<Change, { op: 'put' }> | null;
  /** With a flag: how the local version was shared (what "keep mine" sends again). */
  share?: z.infer<typeof Share>;
  /** The local change was a deletion (the record is gone here). */
  mineDeleted?: true;
  at: string;
};

/** An intro request as this browser keeps it (their UI is the warm-intros issue's). */
export type StoredIntro = IntroRequest & { meta: { version: number | null; gen?: number } };
