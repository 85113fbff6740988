// The sync engine against the real team server in this process: what travels, what waits, what
// conflicts, what goes (tests/support/team-in-process.ts; each browser has its own IndexedDB).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countOutbox, getContent, getMeta, getRelationship, listActivities, listConflicts, listFeedback, listOutbox, listRelationships, META } from '../db';
import type { Role, StoredContent } from '../model';
import { contentItem, relationship } from '../../tests/support/builders';
import { FakeBrowser, startTeamServer, use, type TeamServer } from '../../tests/support/team-in-process';
import { resolveConflict } from './conflicts';
import { removeFlag, shareFlags, storeActivity, storeContent, storeFeedback, storeFlag, takeBackFeedback } from './local-writes';

let server: TeamServer;
beforeAll(async () => {
  server = await startTeamServer();
}, 60_000);
afterAll(() => server.close());

/** A person of `team` signed in on a browser of their own, synced. */
async function joined(team: string, role: Role, name = `${role} of ${team}`): Promise<FakeBrowser> {
  const browser = new FakeBrowser(name);
  await use(browser);
  const outcome = await browser.engine.join(server.url, await server.invite({ team, role, name }));
  if (!outcome.ok) throw new Error(outcome.message);
  await browser.engine.sync();
  return browser;
}

/** Switch to this browser and sync it. */
async function syncOn(browser: FakeBrowser) {
  await use(browser);
  return browser.engine.sync();
}

const LOCAL = { origin: { kind: 'local' } } as const;
const flag = (id: string, name: string, extra: Parameters<typeof relationship>[0] = {}) => relationship({ id, knownBy: { name }, ...extra });

describe('what travels to whom', () => {
  it("a marketer's flag reaches the reps of their team with its owner; a private one and another team's rep see nothing", async () => {
    const marketer = await joined('Travel', 'marketer', 'Priya Marketer');
    const rep = await joined('Travel', 'rep');
    const outsider = await joined('Elsewhere', 'rep');

    await use(marketer);
    await storeFlag(flag('shared-1', 'Priya Marketer'), LOCAL);
    await storeFlag(flag('private-1', 'Priya Marketer'), LOCAL, { share: 'private' });
    // Written with its change, in one transaction: both wait here until the push.
    expect((await listOutbox()).map((entry) => entry.key).sort()).toEqual(['relationship:private-1', 'relationship:shared-1']);
    expect((await marketer.engine.sync()).ok).toBe(true);
    expect(await countOutbox()).toBe(0);
    expect((await getRelationship('shared-1'))?.meta.team).toMatchObject({ version: 1, mine: true, share: 'team' });

    await syncOn(rep);
    expect((await getRelationship('shared-1'))?.meta.team).toMatchObject({ owner: { name: 'Priya Marketer' }, mine: false });
    expect(await getRelationship('private-1')).toBeUndefined();
    await syncOn(outsider);
    expect(await listRelationships()).toEqual([]);
  });

  it('a flag made private, and an item retired, leave the rep as "gone"', async () => {
    const marketer = await joined('Gone', 'marketer', 'Gina Marketer');
    const rep = await joined('Gone', 'rep');
    await use(marketer);
    const item: StoredContent = { ...contentItem({ id: 'gone-item', status: 'approved' }), meta: LOCAL };
    await storeContent(item);
    await storeFlag(flag('gone-flag', 'Gina Marketer'), LOCAL);
    await marketer.engine.sync();
    await syncOn(rep);
    expect(await getContent('gone-item')).toBeDefined();
    expect(await getRelationship('gone-flag')).toBeDefined();

    await use(marketer);
    const stored = (await getContent('gone-item'))!;
    await storeContent({ ...stored, status: 'retired' }, { previous: stored });
    const own = (await getRelationship('gone-flag'))!;
    await storeFlag(flag('gone-flag', 'Gina Marketer'), own.meta, { existing: own, share: 'private' });
    await marketer.engine.sync();
    expect((await getRelationship('gone-flag'))?.meta.team).toMatchObject({ version: 2, share: 'private' });

    await syncOn(rep);
    expect(await getContent('gone-item')).toBeUndefined();
    expect(await getRelationship('gone-flag')).toBeUndefined();
  });

  it("a rep's activity and feedback go out; a verdict taken back before it went never does, after it went is taken back there too", async () => {
    const rep = await joined('Verdicts', 'rep', 'Vera Rep');
    const at = new Date().toISOString();
    const used = { id: 'act-1', at, action: 'copy' as const, contentId: 'c1', profileSlug: 'jane-doe', profileKind: 'person' as const };
    await storeActivity(used);
    const early = { id: 'fb-early', at, contentId: 'c1', verdict: 'worked' as const };
    await storeFeedback(early, { ...used, id: 'act-early', action: 'feedback', feedbackId: 'fb-early' });
    expect(await takeBackFeedback('fb-early', () => true)).toBe('removed');
    await rep.engine.sync();
    const pushed = async (id: string) => (await server.db.query('SELECT 1 FROM feedback WHERE id = $1', [id])).length;
    expect(await pushed('fb-early')).toBe(0);
    expect((await server.db.query('SELECT actor_id FROM activities WHERE id = $1', ['act-1'])).length).toBe(1);

    const late = { id: 'fb-late', at, contentId: 'c1', verdict: 'didnt-land' as const };
    await storeFeedback(late, { ...used, id: 'act-late', action: 'feedback', feedbackId: 'fb-late' });
    await rep.engine.sync();
    expect(await pushed('fb-late')).toBe(1);
    expect(await takeBackFeedback('fb-late', () => true)).toBe('removed');
    await rep.engine.sync();
    expect(await pushed('fb-late')).toBe(0);
    // The next pull does not bring it back.
    expect((await listFeedback()).map((f) => f.id)).toEqual([]);
    expect((await listActivities()).map((a) => a.id)).toEqual(['act-1']);
  });
});

describe('nothing lost, nothing twice', () => {
  it('changes made while the server does not answer wait in the outbox, are said to wait, and go once when it answers', async () => {
    const marketer = await joined('Offline', 'marketer', 'Otto Marketer');
    marketer.network.down = true;
    for (let i = 0; i < 30; i++) await storeFlag(flag(`offline-${i}`, 'Otto Marketer'), LOCAL);
    const failed = await marketer.engine.sync();
    expect(failed).toMatchObject({ ok: false, reason: 'failed', message: expect.stringContaining('does not answer') });
    expect(await countOutbox()).toBe(30);
    expect((await getMeta(META.teamSync))?.problem).toMatchObject({ kind: 'unreachable' });

    marketer.network.down = false;
    expect((await marketer.engine.sync()).ok).toBe(true);
    expect(await countOutbox()).toBe(0);
    expect((await getMeta(META.teamSync))?.problem).toBeUndefined();
    const [counted] = await server.db.query<{ count: number }>("SELECT count(*)::int AS count FROM relationships WHERE id LIKE 'offline-%'");
    const count = counted?.count;
    expect(count).toBe(30);
  });

  it('a push whose answer was lost is sent again with the same ids: applied once, stored with its version', async () => {
    const marketer = await joined('Lost answers', 'marketer', 'Lars Marketer');
    await storeFlag(flag('lost-1', 'Lars Marketer'), LOCAL);
    marketer.network.loseNextAnswer = /\/v1\/push$/;
    expect((await marketer.engine.sync()).ok).toBe(false);
    const [sent] = await listOutbox();
    expect(sent?.sentAt).toBeDefined();
    // An edit while the first is out: it waits for the first's version instead of conflicting with it.
    await storeFlag(flag('lost-1', 'Lars Marketer', { strength: 5 }), (await getRelationship('lost-1'))!.meta, { existing: await getRelationship('lost-1') });
    expect((await listOutbox()).map((entry) => Boolean(entry.awaits))).toEqual([false, true]);

    expect((await marketer.engine.sync()).ok).toBe(true);
    expect(await listConflicts()).toEqual([]);
    expect((await getRelationship('lost-1'))?.meta.team?.version).toBe(2);
    const rows = await server.db.query<{ rev: number; data: { strength: number } }>('SELECT rev, data FROM relationships WHERE id = $1', ['lost-1']);
    expect(rows).toEqual([{ rev: 2, data: expect.objectContaining({ strength: 5 }) }]);
  });

  it('edits made before a change goes out become one change; a new flag deleted before it went out never goes', async () => {
    const marketer = await joined('Coalesce', 'marketer', 'Cora Marketer');
    marketer.network.down = true;
    await storeFlag(flag('fold-1', 'Cora Marketer'), LOCAL);
    for (const strength of [2, 3, 4]) {
      const existing = (await getRelationship('fold-1'))!;
      await storeFlag(flag('fold-1', 'Cora Marketer', { strength }), existing.meta, { existing });
    }
    await storeFlag(flag('fold-2', 'Cora Marketer'), LOCAL);
    await removeFlag((await getRelationship('fold-2'))!);
    expect((await listOutbox()).map((entry) => entry.mutation.type)).toEqual(['relationship.put']);
    marketer.network.down = false;
    await marketer.engine.sync();
    expect(await server.db.query('SELECT rev, data->>\'strength\' AS strength FROM relationships WHERE id = $1', ['fold-1'])).toEqual([{ rev: 1, strength: '4' }]);
    expect(await server.db.query('SELECT 1 FROM relationships WHERE id = $1', ['fold-2'])).toEqual([]);
  });

  it('1,000 flags made offline all arrive, once', async () => {
    const marketer = await joined('Thousand', 'marketer', 'Tess Marketer');
    const rep = await joined('Thousand', 'rep');
    await use(marketer);
    marketer.network.down = true;
    for (let i = 0; i < 1000; i++) await storeFlag(flag(`k-${i}`, 'Tess Marketer', { person: { name: `Person ${i}` } }), LOCAL);
    await marketer.engine.sync();
    marketer.network.down = false;
    const done = await marketer.engine.sync();
    expect(done).toMatchObject({ ok: true, sent: 1000 });
    await syncOn(rep);
    const ids = (await listRelationships()).map((rel) => rel.id);
    expect(ids).toHaveLength(1000);
    expect(new Set(ids).size).toBe(1000);
    const [counted] = await server.db.query<{ count: number }>("SELECT count(*)::int AS count FROM relationships WHERE id LIKE 'k-%'");
    const count = counted?.count;
    expect(count).toBe(1000);
  }, 120_000);
});

describe('conflicts', () => {
  it('the same user on two browsers editing one flag gets a conflict with both versions, and chooses', async () => {
    const first = await joined('Two browsers', 'marketer', 'Dora Double');
    await storeFlag(flag('both-1', 'Dora Double', { notes: 'first draft' }), LOCAL);
    await first.engine.sync();
    const session = (await getMeta(META.teamSession))!;

    const second = new FakeBrowser('second');
    await use(second);
    expect((await second.engine.join(server.url, await server.deviceCode({ id: session.user.id, name: session.user.name }))).ok).toBe(true);
    await second.engine.sync();
    const there = (await getRelationship('both-1'))!;
    expect(there.meta.team).toMatchObject({ mine: true, version: 1 });
    await storeFlag(flag('both-1', 'Dora Double', { notes: 'edited on the laptop' }), there.meta, { existing: there });
    await second.engine.sync();

    await use(first);
    const here = (await getRelationship('both-1'))!;
    await storeFlag(flag('both-1', 'Dora Double', { notes: 'edited on the desktop' }), here.meta, { existing: here });
    await first.engine.sync();
    const [conflict] = await listConflicts();
    expect(conflict).toMatchObject({ kind: 'relationship', id: 'both-1', reason: 'changed', theirs: { version: 2, record: { notes: 'edited on the laptop' } } });
    // Mine stays here, shown beside theirs; a pull does not overwrite it.
    await first.engine.sync();
    expect((await getRelationship('both-1'))?.notes).toBe('edited on the desktop');

    await resolveConflict(conflict!.key, 'mine');
    await first.engine.sync();
    expect(await listConflicts()).toEqual([]);
    expect(await server.db.query("SELECT rev, data->>'notes' AS notes FROM relationships WHERE id = 'both-1'")).toEqual([{ rev: 3, notes: 'edited on the desktop' }]);

    await syncOn(second);
    const again = (await getRelationship('both-1'))!;
    expect(again.notes).toBe('edited on the desktop');
    await storeFlag(flag('both-1', 'Dora Double', { notes: 'laptop, later' }), again.meta, { existing: again });
    await use(first);
    const desk = (await getRelationship('both-1'))!;
    await storeFlag(flag('both-1', 'Dora Double', { notes: 'desktop, later' }), desk.meta, { existing: desk });
    await first.engine.sync();
    await syncOn(second);
    const [laptopConflict] = await listConflicts();
    expect(laptopConflict?.theirs?.record).toMatchObject({ notes: 'desktop, later' });
    await resolveConflict(laptopConflict!.key, 'theirs');
    expect((await getRelationship('both-1'))?.notes).toBe('desktop, later');
    await second.engine.sync();
    expect(await listOutbox()).toEqual([]);
  });

  it("a pack's record keeps its id: the team's record of the same id waits as a conflict, never overwriting it", async () => {
    const marketer = await joined('Same ids', 'marketer', 'Sam Marketer');
    await storeContent({ ...contentItem({ id: 'c-shared', title: 'From the team' }), meta: LOCAL });
    await marketer.engine.sync();

    const rep = new FakeBrowser('rep with a pack');
    await use(rep);
    const { applyImport } = await import('../db');
    await applyImport({ content: [{ ...contentItem({ id: 'c-shared', title: 'From the pack' }), meta: { origin: { kind: 'file', packName: 'Old pack' } } }], relationships: [] });
    await rep.engine.join(server.url, await server.invite({ team: 'Same ids', role: 'rep', name: 'Rita Rep' }));
    await rep.engine.sync();
    expect((await getContent('c-shared'))?.title).toBe('From the pack');
    const [conflict] = await listConflicts();
    expect(conflict).toMatchObject({ reason: 'other-origin', theirs: { record: { title: 'From the team' } } });
    await resolveConflict(conflict!.key, 'theirs');
    expect((await getContent('c-shared'))?.meta.origin.kind).toBe('team');
  });
});

describe('losing access', () => {
  it("a revoked rep is told, loses the team's records and keeps the flags they made", async () => {
    const marketer = await joined('Revoked', 'marketer', 'Rhea Marketer');
    await storeFlag(flag('team-flag', 'Rhea Marketer'), LOCAL);
    await marketer.engine.sync();
    const rep = await joined('Revoked', 'rep', 'Rob Rep');
    await storeFlag(flag('rob-flag', 'Rob Rep'), LOCAL);
    await rep.engine.sync();
    const repId = (await getMeta(META.teamSession))!.user.id;
    expect((await listRelationships()).length).toBe(2);

    await server.db.query('UPDATE tokens SET revoked_at = now() WHERE user_id = $1', [repId]);
    expect(await rep.engine.sync()).toMatchObject({ ok: false, reason: 'signed-out' });
    expect((await listRelationships()).map((rel) => [rel.id, rel.meta.origin.kind])).toEqual([['rob-flag', 'local']]);
    expect(await getMeta(META.teamSession)).toBeUndefined();
    expect(await getMeta(META.teamToken)).toBeUndefined();
    expect((await getMeta(META.teamEnded))?.message).toContain('Revoked');
  });

  it('moved to another team, a rep resyncs: the old team’s flags go, the new team’s come', async () => {
    const oldMarketer = await joined('Old team', 'marketer', 'Olive Marketer');
    await storeFlag(flag('old-flag', 'Olive Marketer'), LOCAL);
    await oldMarketer.engine.sync();
    const newMarketer = await joined('New team', 'marketer', 'Nina Marketer');
    await storeFlag(flag('new-flag', 'Nina Marketer'), LOCAL);
    await newMarketer.engine.sync();
    const rep = await joined('Old team', 'rep', 'Mo Mover');
    expect((await listRelationships()).map((rel) => rel.id)).toEqual(['old-flag']);

    const repId = (await getMeta(META.teamSession))!.user.id;
    const [newTeam] = await server.db.query<{ id: string }>("SELECT id::text FROM teams WHERE name = 'New team'");
    await server.db.query('DELETE FROM memberships WHERE user_id = $1', [repId]);
    await server.db.query('INSERT INTO memberships (user_id, team_id) VALUES ($1, $2)', [repId, newTeam!.id]);
    await server.db.query('UPDATE users SET access_rev = access_rev + 1 WHERE id = $1', [repId]);
    await rep.engine.sync();
    expect((await listRelationships()).map((rel) => rel.id)).toEqual(['new-flag']);
    expect((await getMeta(META.teamSession))?.teams.map((team) => team.name)).toEqual(['New team']);
    expect((await getMeta(META.teamSync))?.resyncing).toBe(false);
  });

  it('after joining, flags from before stay here until their owner shares them', async () => {
    const browser = new FakeBrowser('before');
    await use(browser);
    await storeFlag(flag('before-1', 'Bea Before'), LOCAL);
    await storeFlag(flag('before-2', 'Bea Before'), LOCAL);
    await browser.engine.join(server.url, await server.invite({ team: 'Before', role: 'marketer', name: 'Bea Before' }));
    await browser.engine.sync();
    expect(await server.db.query("SELECT id FROM relationships WHERE id LIKE 'before-%'")).toEqual([]);
    expect(await shareFlags([(await getRelationship('before-2'))!])).toBe(1);
    await browser.engine.sync();
    expect(await server.db.query("SELECT id FROM relationships WHERE id LIKE 'before-%'")).toEqual([{ id: 'before-2' }]);
    expect((await getRelationship('before-1'))?.meta.origin.kind).toBe('local');
  });
});
