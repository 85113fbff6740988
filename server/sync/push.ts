/**
 * Push: a batch of mutations in one transaction, as the caller. Each mutation id is claimed
 * first (applied_mutations), so a retried batch, or the same mutation sent twice at once, gets
 * the answer stored the first time and changes nothing more.
 */
import { EDITOR_ROLES, type Mutation, type MutationResult } from '../../lib/model/index.ts';
import type { Caller } from '../auth/caller.ts';
import { INSUFFICIENT_PRIVILEGE, sqlState } from '../db/types.ts';
import type { Work } from '../store.ts';
import { ChangeSet } from './changes.ts';
import { deleteContent, putContent } from './mutations/content.ts';
import { addActivity, addFeedback, retractFeedback } from './mutations/events.ts';
import { answerIntro, askIntro } from './mutations/intros.ts';
import type { Outcome } from './mutations/outcome.ts';
import { deleteRelationship, putRelationship } from './mutations/relationships.ts';

export type Issue = { path: string; message: string };

/** A mutation the caller's role may never make: the whole push is refused (403), nothing written. */
export class ForbiddenMutationError extends Error {
  readonly path: string;
  constructor(path: string, message: string) {
    super(`${path}: ${message}`);
    this.path = path;
  }
}

/** Role rights known before touching data; row-level rights are the database's. */
export function roleIssue(caller: Caller, mutations: readonly Mutation[]): Issue | null {
  for (const [i, m] of mutations.entries()) {
    const path = `mutations.${i}`;
    if (m.type === 'content.put' || m.type === 'content.delete') {
      if (!EDITOR_ROLES.includes(caller.role)) return { path, message: 'only marketers and admins edit the library' };
    }
    if (m.type === 'content.put') {
      if (m.team === null && caller.role !== 'admin') return { path: `${path}.team`, message: 'only admins write items for every team' };
      if (m.team !== null && !caller.teamIds.includes(m.team)) return { path: `${path}.team`, message: 'not one of your teams' };
    }
    if (m.type === 'relationship.put' && m.teams?.some((team) => !caller.teamIds.includes(team))) {
      return { path: `${path}.teams`, message: 'a flag is shared only with teams you are in' };
    }
  }
  return null;
}

const DAY_MS = 86_400_000;

/** Dates more than a day ahead are refused, naming the record's field (as pack imports do). */
export function futureDateIssues(mutations: readonly Mutation[], now = Date.now()): Issue[] {
  const issues: Issue[] = [];
  const check = (path: string, value: string | undefined) => {
    if (value !== undefined && Date.parse(value) > now + DAY_MS) issues.push({ path, message: 'more than a day in the future' });
  };
  for (const [i, m] of mutations.entries()) {
    const at = `mutations.${i}.record`;
    if (m.type === 'relationship.put') {
      check(`${at}.createdAt`, m.record.createdAt);
      check(`${at}.updatedAt`, m.record.updatedAt);
      check(`${at}.confirmedAt`, m.record.confirmedAt);
    } else if (m.type === 'content.put') {
      check(`${at}.updatedAt`, m.record.updatedAt);
      check(`${at}.approvedAt`, m.record.approvedAt);
    } else if (m.type === 'activity.add' || m.type === 'feedback.add') {
      check(`${at}.at`, m.record.at);
    }
  }
  return issues;
}

function apply(work: Work, m: Mutation): Promise<Outcome> {
  switch (m.type) {
    case 'relationship.put': return putRelationship(work, m);
    case 'relationship.delete': return deleteRelationship(work, m);
    case 'content.put': return putContent(work, m);
    case 'content.delete': return deleteContent(work, m);
    case 'activity.add': return addActivity(work, m);
    case 'feedback.add': return addFeedback(work, m);
    case 'feedback.retract': return retractFeedback(work, m);
    case 'intro.request': return askIntro(work, m);
    case 'intro.answer': return answerIntro(work, m);
  }
}

/** `work` acts as the caller; its ChangeSet is written when the transaction ends. */
export async function push(work: Work, mutations: readonly Mutation[]): Promise<MutationResult[]> {
  const { tx, caller } = work;
  const results: MutationResult[] = [];
  for (const [i, m] of mutations.entries()) {
    const [claimed] = await tx.query(
      'INSERT INTO applied_mutations (user_id, mutation_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1',
      [caller.userId, m.id],
    );
    if (!claimed) {
      const [stored] = await tx.query<{ result: MutationResult }>(
        'SELECT result FROM applied_mutations WHERE user_id = $1 AND mutation_id = $2',
        [caller.userId, m.id],
      );
      results.push({ ...stored!.result, replayed: true });
      continue;
    }
    const changes = new ChangeSet();
    let outcome: Outcome;
    try {
      outcome = await apply({ ...work, changes }, m);
    } catch (error) {
      // Row-level security refused a write the checks above let through: refuse it all.
      if (sqlState(error) === INSUFFICIENT_PRIVILEGE) throw new ForbiddenMutationError(`mutations.${i}`, 'not yours to change');
      throw error;
    }
    work.changes.absorb(changes);
    const result: MutationResult = { id: m.id, ...outcome };
    await tx.query('UPDATE applied_mutations SET result = $3::jsonb WHERE user_id = $1 AND mutation_id = $2', [
      caller.userId,
      m.id,
      JSON.stringify(result),
    ]);
    results.push(result);
  }
  return results;
}
