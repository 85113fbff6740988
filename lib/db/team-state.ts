/** The team connection's small records (meta registry) and the team's stores that views list. */
import { START_OF_SYNC, type StoredIntro, type TeamConflict, type TeamSession, type TeamSyncState, type TeamToken } from '../model';
import { META, readMetaIn, writeMetaIn } from './meta';
import { readStore, writeStore } from './run';

/** A join: the session, its token and a pull from nothing, in one transaction. */
export function startTeamSession(session: TeamSession, token: TeamToken): Promise<void> {
  return writeStore(['meta'], async (db) => {
    const tx = db.transaction('meta', 'readwrite');
    writeMetaIn(tx.store, META.teamSession, session);
    writeMetaIn(tx.store, META.teamToken, token);
    writeMetaIn(tx.store, META.teamSync, START_OF_SYNC);
    void tx.store.delete(META.teamEnded.key);
    await tx.done;
  });
}

/** Who the server says the user is now (name, role, teams): kept without touching the rest. */
export function updateTeamSession(patch: Partial<Pick<TeamSession, 'user' | 'teams' | 'sharedChoiceMade'>>): Promise<TeamSession | undefined> {
  return writeStore(['meta'], async (db) => {
    const tx = db.transaction('meta', 'readwrite');
    const current = await readMetaIn(tx.store, META.teamSession);
    const next = current ? { ...current, ...patch } : undefined;
    if (next) writeMetaIn(tx.store, META.teamSession, next);
    await tx.done;
    return next;
  });
}

/**
 * How the last sync went. Not announced: it changes with every pull, and a change of `meta`
 * would make every panel ask again; the Team tab reads it on its own.
 */
export function updateTeamSync(patch: (current: TeamSyncState) => TeamSyncState): Promise<TeamSyncState | undefined> {
  return writeStore([], async (db) => {
    const tx = db.transaction('meta', 'readwrite');
    const current = await readMetaIn(tx.store, META.teamSync);
    const next = current ? patch(current) : undefined;
    if (next) writeMetaIn(tx.store, META.teamSync, next);
    await tx.done;
    return next;
  });
}

export function listConflicts(): Promise<TeamConflict[]> {
  return readStore((db) => db.getAll('conflicts'));
}

export function getConflict(key: string): Promise<TeamConflict | undefined> {
  return readStore((db) => db.get('conflicts', key));
}

export function listIntros(): Promise<StoredIntro[]> {
  return readStore((db) => db.getAll('intros'));
}

export function introsForRelationship(relationshipId: string): Promise<StoredIntro[]> {
  return readStore((db) => db.getAllFromIndex('intros', 'by-relationship', relationshipId));
}

/** Team records of one kind held here (the Team tab counts them). */
export function countTeamRecords(store: 'relationships' | 'content'): Promise<number> {
  return readStore((db) => db.countFromIndex(store, 'by-origin-kind', 'team'));
}

export function listTeamContent() {
  return readStore((db) => db.getAllFromIndex('content', 'by-origin-kind', 'team'));
}
