// The pull loop over several pages, with a stand-in for the server: what is asked, what lands, and
// what a failed page ahead of the one being written leaves.
import { beforeEach, describe, expect, it } from 'vitest';
import { getMeta, listRelationships, META, putMeta } from '../db';
import { START_OF_SYNC, type Change, type PullResponse } from '../model';
import { relationship } from '../../tests/support/builders';
import { FakeBrowser, use } from '../../tests/support/team-in-process';
import type { TeamClient } from './client';
import { pullAll } from './pull';

const SERVER = 'https://team.example.com';
const USER = '00000000-0000-4000-8000-000000000001';
const AT = '2026-11-01T09:00:00.000Z';

const flagChange = (id: string): Change => ({
  op: 'put',
  kind: 'relationship',
  id,
  version: 1,
  record: relationship({ id }),
  meta: { owner: { id: USER, name: 'Priya' }, mine: true, share: 'team', teams: [], narrowed: false, serverUpdatedAt: AT },
});

/** A stand-in server: the answer for each cursor (`start` for none), and the cursors asked, in order. */
function server(answers: Record<string, () => Promise<PullResponse>>) {
  const asked: Array<string | null> = [];
  const client = {
    pull(cursor: string | null) {
      asked.push(cursor);
      const answer = answers[cursor ?? 'start'];
      return answer ? answer() : Promise.reject(new Error(`asked from ${cursor}`));
    },
  } as unknown as TeamClient;
  return { client, asked };
}

const page = (ids: string[], cursor: string, more: boolean) => () => Promise.resolve({ changes: ids.map(flagChange), cursor, more });

beforeEach(async () => {
  await use(new FakeBrowser('pull'));
  await putMeta(META.teamSession, { server: SERVER, user: { id: USER, name: 'Priya', role: 'marketer' }, teams: [], joinedAt: AT, sharedChoiceMade: false });
  await putMeta(META.teamSync, START_OF_SYNC);
});

describe('pulling several pages', () => {
  it('asks for each page once, in order, and stores every page with its cursor', async () => {
    const { client, asked } = server({ start: page(['a', 'b'], 'c1', true), c1: page(['c', 'd'], 'c2', true), c2: page(['e'], 'c3', false) });
    const outcome = await pullAll(client, { server: SERVER, userId: USER });
    expect(asked).toEqual([null, 'c1', 'c2']);
    expect(outcome.pages).toBe(3);
    expect((await listRelationships()).map((rel) => rel.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(await getMeta(META.teamSync)).toMatchObject({ cursor: 'c3', lastSyncAt: expect.any(String) });
  });

  it('a page asked for ahead that fails: the page before it is kept with its cursor, and the failure is the pull\'s', async () => {
    const { client } = server({ start: page(['a', 'b'], 'c1', true), c1: () => Promise.reject(new Error('the connection dropped')) });
    await expect(pullAll(client, { server: SERVER, userId: USER })).rejects.toThrow('the connection dropped');
    expect((await listRelationships()).map((rel) => rel.id).sort()).toEqual(['a', 'b']);
    expect((await getMeta(META.teamSync))?.cursor).toBe('c1');
  });
});
