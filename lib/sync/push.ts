/**
 * The push loop (docs/TEAM-API.md, push): the outbox in order, in batches, each answer applied
 * with the entries it answers. A retry sends the same mutation ids, so it is harmless. A batch the
 * server refuses as a whole names the mutation at fault: that one leaves the outbox (the user is
 * told), and the rest go.
 */
import { applyPushResults, refuseOutboxEntries, takeOutboxBatch, type StoreName, type TeamContext } from '../db';
import { PUSH_MUTATIONS_MAX, type OutboxEntry } from '../model';
import { TeamApiError, type TeamClient } from './client';

export type PushOutcome = { sent: number; stores: Set<StoreName> };

/** The mutation a whole-batch refusal names ("mutations.3.record.strength: …"). */
function culprit(error: TeamApiError): number | undefined {
  const where = error.issues[0]?.path ?? error.message;
  const index = /mutations\.(\d+)/.exec(where)?.[1];
  return index === undefined ? undefined : Number(index);
}

export async function pushOutbox(client: TeamClient, ctx: TeamContext): Promise<PushOutcome> {
  const outcome: PushOutcome = { sent: 0, stores: new Set() };
  let limit = PUSH_MUTATIONS_MAX;
  for (;;) {
    const batch: OutboxEntry[] = await takeOutboxBatch(limit);
    if (batch.length === 0) return outcome;
    let results;
    try {
      results = (await client.push(batch.map((entry) => entry.mutation))).results;
    } catch (error) {
      if (!(error instanceof TeamApiError)) throw error;
      if (error.kind === 'too-large' && limit > 1) {
        limit = Math.max(1, Math.floor(limit / 2));
        continue;
      }
      const at = (error.kind === 'invalid' || error.kind === 'forbidden') && error.status !== 401 ? culprit(error) : undefined;
      if (at === undefined || !batch[at]) throw error;
      const refused = await refuseOutboxEntries([batch[at]], error.message);
      for (const store of refused.stores) outcome.stores.add(store);
      continue;
    }
    if (results.length !== batch.length || results.some((result, i) => result.id !== batch[i]!.mutation.id)) {
      throw new TeamApiError('not-warmline', 'The push answer does not match what was sent.');
    }
    const applied = await applyPushResults(
      batch.map((entry, i) => ({ entry, result: results[i]! })),
      ctx,
    );
    for (const store of applied.stores) outcome.stores.add(store);
    outcome.sent += batch.length;
    if (!applied.applied) return outcome;
  }
}
