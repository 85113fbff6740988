/**
 * Every local write that the team should hear about, made here: the record goes to IndexedDB and
 * its change to the outbox in one transaction (lib/db/outbox.ts), so it goes out after the next
 * push whatever stops in between. Without a team, or for records that are not the team's (a
 * flag kept in this browser, a pack's item), the write stays local, as it always did.
 */
import { commitLocal, getMeta, META, toStoredRelationship, withdrawFeedback, type Outgoing, type RecordWrite } from '../db';
import {
  EDITOR_ROLES,
  recordKey,
  type Activity,
  type Feedback,
  type IntroAnswer,
  type IntroRequestDraft,
  type Mutation,
  type RecordMeta,
  type Relationship,
  type Share,
  type StoredContent,
  type StoredIntro,
  type StoredRelationship,
  type TeamSession,
} from '../model';

export function newMutationId(): string {
  return crypto.randomUUID();
}

export function teamSession(): Promise<TeamSession | undefined> {
  return getMeta(META.teamSession);
}

const isTeam = (meta: RecordMeta) => meta.origin.kind === 'team';

function flagPut(rel: Relationship, share: Share): Outgoing {
  return { key: recordKey('relationship', rel.id), mutation: { id: newMutationId(), type: 'relationship.put', baseVersion: null, record: rel, share } };
}

/**
 * The team meta of a flag this user makes or shares now: theirs, shared with all their teams or
 * private. Its version is the server's to give.
 */
export function ownFlagMeta(session: TeamSession, share: Share, version: number | null = null): RecordMeta {
  return {
    origin: { kind: 'team', server: session.server },
    team: {
      version,
      owner: { id: session.user.id, name: session.user.name },
      mine: true,
      share,
      teams: share === 'team' ? session.teams.map((team) => team.id) : [],
    },
  };
}

export type FlagWrite = {
  /** The flag as stored before this edit, if it is one. */
  existing?: StoredRelationship;
  /** With a team: shared with the user's teams (the default) or private. */
  share?: Share;
};

/**
 * Stores a flag. With a team, a new flag is the team's (shared, or private) and goes out; an
 * edit of a team flag goes out on the version it was based on. A flag from before joining, or
 * from a pack, stays in this browser (sharing it is the user's choice: shareFlags).
 */
export async function storeFlag(rel: Relationship, meta: RecordMeta, write: FlagWrite = {}): Promise<StoredRelationship> {
  const [stored] = await storeFlags([{ rel, meta, ...write }]);
  return stored!;
}

/** One flag of `storeFlags`: the record, its meta as made here, and how it is written. */
export type FlagToStore = FlagWrite & { rel: Relationship; meta: RecordMeta };

function flagWrite(session: TeamSession | undefined, { rel, meta, existing, share }: FlagToStore): { stored: StoredRelationship; out?: Outgoing } {
  const toTeam = session && (existing ? isTeam(existing.meta) : true);
  if (!session || !toTeam) return { stored: toStoredRelationship(rel, meta) };
  const chosen = share ?? existing?.meta.team?.share ?? 'team';
  const teamMeta: RecordMeta = existing
    ? { ...existing.meta, team: { ...existing.meta.team!, share: chosen, teams: chosen === 'team' ? (existing.meta.team?.mine ? session.teams.map((t) => t.id) : (existing.meta.team?.teams ?? [])) : [] } }
    : ownFlagMeta(session, chosen);
  return { stored: toStoredRelationship(rel, teamMeta), out: flagPut(rel, chosen) };
}

/** Stores many flags (a triaged network) in one transaction, each as `storeFlag` would. */
export async function storeFlags(flags: readonly FlagToStore[]): Promise<StoredRelationship[]> {
  const session = await teamSession();
  const made = flags.map((flag) => flagWrite(session, flag));
  const outgoing = made.flatMap(({ out }) => (out ? [out] : []));
  await commitLocal({ writes: made.map(({ stored }) => ({ store: 'relationships', put: stored })), outgoing });
  return made.map(({ stored }) => stored);
}

/** Deletes a flag or an item here, and on the server when it is the team's (its base is read as it goes). */
async function removeRecord(kind: 'relationship' | 'content', record: { id: string; meta: RecordMeta }): Promise<void> {
  const type = kind === 'relationship' ? 'relationship.delete' : 'content.delete';
  const outgoing: Outgoing[] = isTeam(record.meta) ? [{ key: recordKey(kind, record.id), mutation: { id: newMutationId(), type, recordId: record.id, baseVersion: 1 } }] : [];
  await commitLocal({ writes: [{ store: kind === 'relationship' ? 'relationships' : 'content', remove: record.id }], outgoing });
}

export function removeFlag(existing: StoredRelationship): Promise<void> {
  return removeRecord('relationship', existing);
}

/** Puts a deleted flag back as it was (Undo); a team flag goes out again. */
export async function restoreFlag(deleted: StoredRelationship): Promise<StoredRelationship> {
  const { keys: _keys, meta, ...rel } = deleted;
  const stored = toStoredRelationship(rel, meta);
  const session = await teamSession();
  const outgoing = session && isTeam(meta) ? [flagPut(rel, meta.team?.share ?? 'team')] : [];
  await commitLocal({ writes: [{ store: 'relationships', put: stored }], outgoing });
  return stored;
}

/**
 * Shares flags made before joining (their owner chose them): each becomes the team's and goes
 * out as new. Nothing else from before joining leaves the browser.
 */
export async function shareFlags(flags: readonly StoredRelationship[], share: Share = 'team'): Promise<number> {
  const session = await teamSession();
  if (!session) throw new Error('Join your team first: there is no team to share with.');
  const local = flags.filter((flag) => !isTeam(flag.meta));
  const writes: RecordWrite[] = [];
  const outgoing: Outgoing[] = [];
  for (const { keys: _keys, meta: _meta, ...rel } of local) {
    writes.push({ store: 'relationships', put: toStoredRelationship(rel, ownFlagMeta(session, share)) });
    outgoing.push(flagPut(rel, share));
  }
  if (writes.length) await commitLocal({ writes, outgoing });
  return writes.length;
}

/** Whether this user edits the team's library (the server's role decides). */
export function editsTeamLibrary(session: TeamSession | undefined): session is TeamSession {
  return !!session && EDITOR_ROLES.includes(session.user.role);
}

/** An item as the team's library keeps it here: the server's version so far, and whose library it is. */
function asTeamItem(item: StoredContent, session: TeamSession, library: string | null, previous?: StoredContent): StoredContent {
  return { ...item, meta: { origin: { kind: 'team', server: session.server }, team: { version: previous?.meta.team?.version ?? null, team: library } } };
}

function contentPut(item: StoredContent, team: string | null): Outgoing {
  const { meta: _meta, ...record } = item;
  return { key: recordKey('content', item.id), mutation: { id: newMutationId(), type: 'content.put', baseVersion: null, record, team } };
}

export type ContentWrite = {
  /** The item as stored before, if this edits one. */
  previous?: StoredContent;
  /** For a new item of a connected marketer: the team whose library gets it (their first team by default). */
  team?: string | null;
};

/**
 * Stores a library item. A connected marketer's new item goes to the team's library, and edits of
 * the team's items go out; items made here before joining, and packs' items, stay local.
 */
export async function storeContent(item: StoredContent, { previous, team }: ContentWrite = {}): Promise<StoredContent> {
  const session = await teamSession();
  // An edit keeps the item where it was; a new one (or one put back by Undo) is the team's when
  // its writer edits the team's library.
  const teamItem = previous ? isTeam(previous.meta) : isTeam(item.meta) || editsTeamLibrary(session);
  if (!session || !teamItem) {
    await commitLocal({ writes: [{ store: 'content', put: item }] });
    return item;
  }
  const library = previous?.meta.team?.team ?? item.meta.team?.team ?? (team === undefined ? (session.teams[0]?.id ?? null) : team);
  const stored = asTeamItem(item, session, library, previous);
  await commitLocal({ writes: [{ store: 'content', put: stored }], outgoing: [contentPut(stored, library)] });
  return stored;
}

export function removeContent(item: StoredContent): Promise<void> {
  return removeRecord('content', item);
}

/** Items going into the team's library at once (a pack imported into it, after its preview). */
export async function storeTeamContent(items: ReadonlyArray<{ item: StoredContent; previous?: StoredContent }>, team: string | null): Promise<number> {
  const session = await teamSession();
  if (!editsTeamLibrary(session)) throw new Error('Only marketers and admins of a team put items in its library.');
  const writes: RecordWrite[] = [];
  const outgoing: Outgoing[] = [];
  for (const { item, previous } of items) {
    const library = previous?.meta.team?.team ?? team;
    const stored = asTeamItem(item, session, library, previous);
    writes.push({ store: 'content', put: stored });
    outgoing.push(contentPut(stored, library));
  }
  if (writes.length) await commitLocal({ writes, outgoing });
  return writes.length;
}

const eventOut = (kind: 'activity' | 'feedback', mutation: Mutation): Outgoing => ({
  key: recordKey(kind, 'record' in mutation ? mutation.record.id : mutation.id),
  mutation,
});

/** An action of the rep's: stored, and with a team, counted in the team's insights. */
export async function storeActivity(activity: Activity): Promise<void> {
  const session = await teamSession();
  const outgoing = session ? [eventOut('activity', { id: newMutationId(), type: 'activity.add', record: activity })] : [];
  await commitLocal({ writes: [{ store: 'activities', put: activity }], outgoing });
}

/** A verdict and the activity that stands for it: both or neither, here and on the server. */
export async function storeFeedback(feedback: Feedback, activity: Activity): Promise<void> {
  const session = await teamSession();
  const outgoing = session
    ? [
        eventOut('feedback', { id: newMutationId(), type: 'feedback.add', record: feedback }),
        eventOut('activity', { id: newMutationId(), type: 'activity.add', record: activity }),
      ]
    : [];
  await commitLocal({
    writes: [
      { store: 'feedback', put: feedback },
      { store: 'activities', put: activity },
    ],
    outgoing,
  });
}

/**
 * Takes a verdict back. If it has not gone out, it simply never will; if it has, the server is
 * told to take it back too (within its own undo window).
 */
export async function takeBackFeedback(id: string, mayRemove: (found: Feedback) => boolean): Promise<'removed' | 'missing' | 'kept'> {
  const session = await teamSession();
  return withdrawFeedback(id, mayRemove, (found) =>
    session ? { key: recordKey('feedback', found.id), mutation: { id: newMutationId(), type: 'feedback.retract', recordId: found.id } } : null,
  );
}

/**
 * Asks for an introduction through a teammate's flag, with the activity that records it: both
 * or neither, here and on the server. `holder` is who this browser expects to answer; the
 * server decides (the flag's knownBy if a member, else its creator) and the next pull says.
 */
export async function requestIntro(draft: IntroRequestDraft, holder: { id: string; name: string }, activity: Activity, now = new Date()): Promise<StoredIntro> {
  const session = await teamSession();
  if (!session) throw new Error('Intro requests go through your team: join it first.');
  const at = now.toISOString();
  const intro: StoredIntro = {
    ...draft,
    state: 'sent',
    requester: { id: session.user.id, name: session.user.name },
    holder,
    createdAt: at,
    updatedAt: at,
    meta: { version: null },
  };
  await commitLocal({
    writes: [
      { store: 'intros', put: intro },
      { store: 'activities', put: activity },
    ],
    outgoing: [
      { key: recordKey('intro', draft.id), mutation: { id: newMutationId(), type: 'intro.request', record: draft } },
      eventOut('activity', { id: newMutationId(), type: 'activity.add', record: activity }),
    ],
  });
  return intro;
}

/** The answer to a request this user was asked, with the activity that records it. */
export async function answerIntro(intro: StoredIntro, state: IntroAnswer, note: string | undefined, activity: Activity, now = new Date()): Promise<StoredIntro> {
  const answered: StoredIntro = { ...intro, state, ...(note ? { note } : {}), updatedAt: now.toISOString() };
  await commitLocal({
    writes: [
      { store: 'intros', put: answered },
      { store: 'activities', put: activity },
    ],
    outgoing: [
      { key: recordKey('intro', intro.id), mutation: { id: newMutationId(), type: 'intro.answer', recordId: intro.id, state, ...(note ? { note } : {}) } },
      eventOut('activity', { id: newMutationId(), type: 'activity.add', record: activity }),
    ],
  });
  return answered;
}
