/**
 * The pull loop (docs/TEAM-API.md, pull): pages of changes after the cursor, each applied with
 * its cursor in one transaction, until the server says there is no more. A "resync" starts again
 * from nothing, keeping the outbox; when that pull ends, the team's records it did not bring go.
 */
import { applyPullPage, beginResync, finishResync, getMeta, META, type StoreName } from '../db';
import type { TeamClient } from './client';

/** Changes per page: the server's largest, so a first sync of 100,000 flags takes 21 requests. */
export const PULL_PAGE = 5000;

export type PullOutcome = {
  /** Stores that changed. */
  stores: Set<StoreName>;
  pages: number;
  /** Why the server asked to start again, if it did. */
  resync?: 'cursor-expired' | 'access-changed' | 'server-changed';
};

type Fetched = { from: string | null; gen: number; page: ReturnType<TeamClient['pull']> };

/** A page asked for ahead: its failure is handled where it is awaited, or not at all if it is dropped. */
function askAhead(client: TeamClient, from: string, gen: number): Fetched {
  const page = client.pull(from, PULL_PAGE);
  page.catch(() => undefined);
  return { from, gen, page };
}

export async function pullAll(client: TeamClient, who: { server: string; userId: string }): Promise<PullOutcome> {
  const outcome: PullOutcome = { stores: new Set(), pages: 0 };
  // The next page, asked for while this one is written: the wait for the server overlaps the store's.
  let ahead: Fetched | undefined;
  for (;;) {
    const state = await getMeta(META.teamSync);
    if (!state) return outcome;
    const ctx = { ...who, gen: state.gen };
    // Used only if it was asked from the cursor and generation stored now.
    if (ahead && (ahead.from !== state.cursor || ahead.gen !== state.gen)) ahead = undefined;
    const page = await (ahead?.page ?? client.pull(state.cursor, PULL_PAGE));
    ahead = undefined;
    if ('resync' in page) {
      outcome.resync = page.reason;
      if ((await beginResync(ctx)) === undefined) return outcome;
      continue;
    }
    outcome.pages++;
    if (page.more) ahead = askAhead(client, page.cursor, state.gen);
    const applied = await applyPullPage(page, ctx);
    for (const store of applied.stores) outcome.stores.add(store);
    // Left meanwhile, or a new pull from nothing began: start over from what is stored now.
    if (!applied.applied) {
      if (!(await getMeta(META.teamSession))) return outcome;
      continue;
    }
    if (page.more) continue;
    if (state.resyncing) for (const store of (await finishResync(ctx)).stores) outcome.stores.add(store);
    return outcome;
  }
}
