/** How the team server's records are kept here: each change as a stored record, with its origin `team`. */
import { relationshipKeys } from '../identity/keys';
import type { Change, RecordMeta, StoredContent, StoredIntro, StoredRelationship, TeamRecordMeta } from '../model';

/** Who is pulling, from where, in which full pull. */
export type TeamContext = { server: string; userId: string; gen: number };

export type PutChange = Extract<Change, { op: 'put' }>;

export type StoredFromTeam =
  | { store: 'relationships'; value: StoredRelationship }
  | { store: 'content'; value: StoredContent }
  | { store: 'activities'; value: Extract<PutChange, { kind: 'activity' }>['record'] }
  | { store: 'feedback'; value: Extract<PutChange, { kind: 'feedback' }>['record'] }
  | { store: 'intros'; value: StoredIntro };

export const STORE_OF = {
  relationship: 'relationships',
  content: 'content',
  activity: 'activities',
  feedback: 'feedback',
  intro: 'intros',
} as const satisfies Record<Change['kind'], string>;

export function teamMetaOf(change: PutChange, gen: number): TeamRecordMeta {
  if (change.kind === 'relationship') {
    const { owner, mine, share, teams, narrowed, serverUpdatedAt } = change.meta;
    return { version: change.version, owner, mine, share, teams, narrowed, serverUpdatedAt, gen };
  }
  if (change.kind === 'content') return { version: change.version, team: change.meta.team, serverUpdatedAt: change.meta.serverUpdatedAt, gen };
  return { version: change.version, gen };
}

export function teamRecordMeta(server: string, team: TeamRecordMeta): RecordMeta {
  return { origin: { kind: 'team', server }, team };
}

/** The stored form of a change the server sent. */
export function storedFromChange(change: PutChange, ctx: Pick<TeamContext, 'server' | 'gen'>): StoredFromTeam {
  switch (change.kind) {
    case 'relationship':
      return {
        store: 'relationships',
        value: { ...change.record, meta: teamRecordMeta(ctx.server, teamMetaOf(change, ctx.gen)), keys: relationshipKeys(change.record) },
      };
    case 'content':
      return { store: 'content', value: { ...change.record, meta: teamRecordMeta(ctx.server, teamMetaOf(change, ctx.gen)) } };
    case 'activity':
      return { store: 'activities', value: change.record };
    case 'feedback':
      return { store: 'feedback', value: change.record };
    case 'intro':
      return { store: 'intros', value: { ...change.record, meta: { version: change.version, gen: ctx.gen } } };
  }
}

/** A flag or item of the team that this user owns: theirs to keep as a local flag if they leave. */
export function isOwnTeamFlag(rel: StoredRelationship, userId: string): boolean {
  return rel.meta.origin.kind === 'team' && (rel.meta.team?.mine === true || rel.meta.team?.owner?.id === userId);
}
