// A pack into the team's library: what the preview says, and what goes out on confirm.
import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, listOutbox, putMeta, META, startTeamSession } from '../db';
import { contentItem, packText } from '../../tests/support/builders';
import { useFreshDatabase } from '../../tests/support/fake-store';
import { prepareImport } from './import';
import { commitTeamPackImport, exportTeamLibrary, planTeamPackImport } from './team-library';

const TEAM = '1b0e7c5a-3f7d-4a3e-8f0d-5c2b9a4e6d71';
const SESSION = {
  server: 'https://team.acme.example',
  user: { id: '6f1c1f8e-5d0a-4c54-9b39-0f4f1d8a2b11', name: 'Priya Marketer', role: 'marketer' as const },
  teams: [{ id: TEAM, name: 'Field Sales' }],
  joinedAt: '2026-03-01T00:00:00.000Z',
  sharedChoiceMade: true,
};

describe("a pack into the team's library", () => {
  beforeEach(async () => {
    await useFreshDatabase();
    await startTeamSession(SESSION, { server: SESSION.server, token: 'wlt_test' });
  });

  it('previews new, changed and unchanged items, leaves out ids a pack here holds, and sends each as the team’s', async () => {
    const teamMeta = { origin: { kind: 'team' as const, server: SESSION.server }, team: { version: 4, team: TEAM } };
    await applyImport({
      content: [
        { ...contentItem({ id: 'same' }), meta: teamMeta },
        { ...contentItem({ id: 'changed', title: 'Old title' }), meta: teamMeta },
        { ...contentItem({ id: 'held' }), meta: { origin: { kind: 'file', packName: 'Old pack' } } },
      ],
      relationships: [],
    });
    const prepared = prepareImport(
      packText({ content: [contentItem({ id: 'same' }), contentItem({ id: 'changed', title: 'New title' }), contentItem({ id: 'new' }), contentItem({ id: 'held' })] }),
      'launch.json',
    );
    if (!prepared.ok) throw new Error('the pack should parse');
    const plan = await planTeamPackImport(prepared);
    expect(plan.added.map((item) => item.id)).toEqual(['new']);
    expect(plan.updated.map(({ item }) => item.id)).toEqual(['changed']);
    expect(plan.unchanged).toBe(1);
    expect(plan.heldHere).toEqual([{ id: 'held', title: 'Intro note', by: 'Old pack' }]);
    expect(plan.relationships).toBeGreaterThan(0);

    expect(await commitTeamPackImport(plan, TEAM)).toBe(2);
    const out = (await listOutbox()).map((entry) => entry.mutation);
    expect(out).toEqual([
      expect.objectContaining({ type: 'content.put', baseVersion: null, team: TEAM, record: expect.objectContaining({ id: 'new' }) }),
      expect.objectContaining({ type: 'content.put', baseVersion: 4, team: TEAM, record: expect.objectContaining({ id: 'changed', title: 'New title' }) }),
    ]);
    const exported = JSON.parse(await exportTeamLibrary(SESSION, new Date('2026-03-05T00:00:00Z'))) as { name: string; content: Array<{ id: string; meta?: unknown }> };
    expect(exported.name).toBe('Field Sales library 2026-03-05');
    expect(exported.content.map((item) => item.id).sort()).toEqual(['changed', 'new', 'same']);
    expect(exported.content.every((item) => item.meta === undefined)).toBe(true);
  });

  it('refuses a rep: only marketers and admins put items in the library', async () => {
    await putMeta(META.teamSession, { ...SESSION, user: { ...SESSION.user, role: 'rep' } });
    const prepared = prepareImport(packText({ content: [contentItem({ id: 'x' })] }), 'p.json');
    if (!prepared.ok) throw new Error('the pack should parse');
    await expect(commitTeamPackImport(await planTeamPackImport(prepared), TEAM)).rejects.toThrow('Only marketers and admins');
  });
});
