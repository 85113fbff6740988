/**
 * A conflict settled by the user, where they edit the record (the popup's flag list, the library
 * editor, the Team tab): keep mine (sent again on the server's version, or deleted after all) or
 * take theirs (the server's copy replaces the local one). Nothing is lost silently either way:
 * the user saw both.
 */
import { commitLocal, getConflict, getMeta, getRelationship, getContent, META, storedFromChange, type Outgoing, type RecordWrite } from '../db';
import { recordKey, type Relationship, type TeamConflict } from '../model';
import { newMutationId } from './local-writes';

export type ConflictChoice = 'mine' | 'theirs';

export async function resolveConflict(key: string, choice: ConflictChoice): Promise<void> {
  const conflict = await getConflict(key);
  if (!conflict) return;
  const session = await getMeta(META.teamSession);
  const sync = await getMeta(META.teamSync);
  if (!session || !sync) {
    await commitLocal({ writes: [], resolves: [key] });
    return;
  }
  const ctx = { server: session.server, gen: sync.gen };
  if (conflict.kind === 'intro') {
    await commitLocal({ writes: [], resolves: [key] });
    return;
  }
  if (choice === 'theirs') {
    await commitLocal({ writes: theirsWrites(conflict, ctx), resolves: [key] });
    return;
  }
  // Keep mine: a pack's or this browser's record of the same id simply stays.
  if (conflict.reason === 'other-origin') {
    await commitLocal({ writes: [], resolves: [key] });
    return;
  }
  await commitLocal({ writes: [], outgoing: await mineAgain(conflict), resolves: [key] });
}

function theirsWrites(conflict: TeamConflict, ctx: { server: string; gen: number }): RecordWrite[] {
  const store = conflict.kind === 'relationship' ? 'relationships' : 'content';
  if (!conflict.theirs) return [{ store, remove: conflict.id }];
  const stored = storedFromChange(conflict.theirs, ctx);
  if (stored.store === 'relationships') return [{ store: 'relationships', put: stored.value }];
  if (stored.store === 'content') return [{ store: 'content', put: stored.value }];
  return [];
}

/** The local version again, based on the server's (a new record if the server deleted it). */
async function mineAgain(conflict: TeamConflict): Promise<Outgoing[]> {
  const base = conflict.theirs?.version ?? null;
  const key = recordKey(conflict.kind, conflict.id);
  if (conflict.mineDeleted) {
    if (base === null) return [];
    const type = conflict.kind === 'relationship' ? 'relationship.delete' : 'content.delete';
    return [{ key, base, mutation: { id: newMutationId(), type, recordId: conflict.id, baseVersion: base } }];
  }
  if (conflict.kind === 'relationship') {
    const local = await getRelationship(conflict.id);
    if (!local) return [];
    const { meta, keys: _keys, ...record } = local;
    const share = conflict.share ?? meta.team?.share ?? 'team';
    return [{ key, base, mutation: { id: newMutationId(), type: 'relationship.put', baseVersion: base, record: record as Relationship, share } }];
  }
  const local = await getContent(conflict.id);
  if (!local) return [];
  const { meta, ...record } = local;
  const team = conflict.theirs?.kind === 'content' ? conflict.theirs.meta.team : (meta.team?.team ?? null);
  return [{ key, base, mutation: { id: newMutationId(), type: 'content.put', baseVersion: base, record, team } }];
}
