/** The sync contract (docs/TEAM-API.md): pull pages and cursors, push answers, gone markers, resync. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidy } from '../../server/housekeeping.ts';
import { Replica, testApi, join, type Api, type Person } from './support/api.ts';
import { ENGINES, freshDb, type TestDb } from './support/engines.ts';
import { activity, content, feedback, putFlag, putItem, relationship, uniqueId } from './support/records.ts';

describe.each(ENGINES)('sync on %s', (engine) => {
  let db: TestDb;
  let api: Api;
  let marketer: Person;
  let rep: Person;
  let admin: Person;
  let outsider: Person;
  const team = `Field ${engine}`;

  beforeAll(async () => {
    db = await freshDb(engine);
    api = testApi(db);
    marketer = await join(api, db, { team, role: 'marketer', name: 'Mia Marketer' });
    rep = await join(api, db, { team, role: 'rep', name: 'Ravi Rep' });
    admin = await join(api, db, { team, role: 'admin', name: 'Ada Admin' });
    outsider = await join(api, db, { team: `Other ${engine}`, role: 'rep', name: 'Olga Other' });
  });
  afterAll(() => db.close());

  it("brings a teammate's shared flag to the team, with its owner, and nothing to another team", async () => {
    const flag = relationship({ notes: 'Met at SaaStr' });
    expect((await api.pushOne(marketer.token, putFlag(flag))).status).toBe('applied');

    const repCopy = await new Replica(api, rep.token).sync();
    const seen = repCopy.get('relationship', flag.id);
    expect(seen?.record).toEqual(flag);
    expect(seen?.kind === 'relationship' && seen.meta).toMatchObject({ owner: { name: 'Mia Marketer' }, mine: false, share: 'team', teams: [rep.teamId] });
    expect((await new Replica(api, marketer.token).sync()).get('relationship', flag.id)).toMatchObject({ meta: { mine: true } });
    expect((await new Replica(api, outsider.token).sync()).has('relationship', flag.id)).toBe(false);
  });

  it('pages through changes: each once, and later changes after the cursor', async () => {
    const replica = await new Replica(api, rep.token).sync();
    const flags = Array.from({ length: 25 }, () => relationship());
    const reply = await api.push(marketer.token, flags.map((flag) => putFlag(flag)));
    expect(reply.body.results.map((r) => r.status)).toEqual(flags.map(() => 'applied'));

    const pagesBefore = replica.pages;
    const seen: string[] = [];
    let cursor = replica.cursor;
    for (;;) {
      const page = (await api.pull(rep.token, cursor, 10)).body;
      if ('resync' in page) throw new Error('unexpected resync');
      seen.push(...page.changes.map((change) => change.id));
      cursor = page.cursor;
      if (!page.more) break;
    }
    expect(seen.sort()).toEqual(flags.map((flag) => flag.id).sort());
    expect(replica.pages).toBe(pagesBefore);

    const empty = (await api.pull(rep.token, cursor)).body;
    expect(empty).toEqual({ changes: [], cursor, more: false });
  });

  it('answers an edit based on an old version with a conflict carrying the server copy', async () => {
    const flag = relationship();
    await api.pushOne(marketer.token, putFlag(flag));
    const first = await api.pushOne(marketer.token, putFlag({ ...flag, strength: 5 }, { baseVersion: 1 }));
    expect(first).toMatchObject({ status: 'applied', change: { version: 2, record: { strength: 5 } } });

    const stale = await api.pushOne(marketer.token, putFlag({ ...flag, strength: 1 }, { baseVersion: 1 }));
    expect(stale).toMatchObject({ status: 'conflict', change: { version: 2, record: { strength: 5 } } });
    const created = await api.pushOne(marketer.token, putFlag({ ...flag, strength: 2 }));
    expect(created).toMatchObject({ status: 'conflict', change: { version: 2 } });
    expect((await new Replica(api, rep.token).sync()).get('relationship', flag.id)?.record).toMatchObject({ strength: 5 });
  });

  it('answers a retried mutation id with the first answer and writes nothing twice', async () => {
    const mutation = putFlag(relationship());
    const first = await api.push(marketer.token, [mutation]);
    const again = await api.push(marketer.token, [mutation, mutation]);
    expect(again.body.results).toEqual([
      { ...first.body.results[0], replayed: true },
      { ...first.body.results[0], replayed: true },
    ]);
    const [row] = await db.query<{ rev: number }>('SELECT rev FROM relationships WHERE id = $1', [(mutation as { record: { id: string } }).record.id]);
    expect(row!.rev).toBe(1);
    const audits = await db.query('SELECT 1 FROM audit_log WHERE record_id = $1', [(mutation as { record: { id: string } }).record.id]);
    expect(audits).toHaveLength(1);
  });

  it("lets only the owner, and admins, edit a flag; an admin's edit keeps its sharing", async () => {
    const flag = relationship();
    await api.pushOne(marketer.token, putFlag(flag, { share: 'team' }));
    const byRep = await api.pushOne(rep.token, putFlag({ ...flag, notes: 'mine now' }, { baseVersion: 1 }));
    expect(byRep).toMatchObject({ status: 'forbidden', change: { version: 1, record: { notes: flag.notes } } });
    const byAdmin = await api.pushOne(admin.token, putFlag({ ...flag, notes: 'checked by admin' }, { baseVersion: 1, share: 'private' }));
    expect(byAdmin).toMatchObject({ status: 'applied', change: { meta: { share: 'team', owner: { name: 'Mia Marketer' } } } });
    expect((await new Replica(api, rep.token).sync()).get('relationship', flag.id)?.record).toMatchObject({ notes: 'checked by admin' });
  });

  it('sends "gone" when a flag turns private or is deleted, and the flag again when shared again', async () => {
    const flag = relationship();
    await api.pushOne(marketer.token, putFlag(flag));
    const replica = await new Replica(api, rep.token).sync();
    expect(replica.has('relationship', flag.id)).toBe(true);

    await api.pushOne(marketer.token, putFlag(flag, { baseVersion: 1, share: 'private' }));
    const page = (await api.pull(rep.token, replica.cursor)).body;
    expect('changes' in page && page.changes).toEqual([{ op: 'gone', kind: 'relationship', id: flag.id }]);
    await replica.sync();
    expect(replica.has('relationship', flag.id)).toBe(false);
    expect((await new Replica(api, marketer.token).sync()).get('relationship', flag.id)).toMatchObject({ meta: { share: 'private' } });

    await api.pushOne(marketer.token, putFlag(flag, { baseVersion: 2, share: 'team' }));
    expect((await replica.sync()).has('relationship', flag.id)).toBe(true);

    const removed = await api.pushOne(marketer.token, { id: uniqueId('m'), type: 'relationship.delete', recordId: flag.id, baseVersion: 3 });
    expect(removed).toMatchObject({ status: 'applied', change: { op: 'gone' } });
    expect((await replica.sync()).has('relationship', flag.id)).toBe(false);
  });

  it('keeps drafts from reps: approved items reach them, back to draft or retired sends "gone"', async () => {
    const item = content({ status: 'draft' });
    expect((await api.pushOne(marketer.token, putItem(item, marketer.teamId))).status).toBe('applied');
    const repCopy = await new Replica(api, rep.token).sync();
    const marketerCopy = await new Replica(api, marketer.token).sync();
    expect(repCopy.has('content', item.id)).toBe(false);
    expect(marketerCopy.get('content', item.id)?.record).toMatchObject({ status: 'draft' });

    const approved = await api.pushOne(marketer.token, putItem({ ...item, status: 'approved' }, marketer.teamId, 1));
    expect(approved.change?.op === 'put' && approved.change.record).toMatchObject({ approvedBy: 'Mia Marketer' });
    expect((await repCopy.sync()).get('content', item.id)?.record).toMatchObject({ status: 'approved' });

    await api.pushOne(marketer.token, putItem({ ...item, status: 'draft' }, marketer.teamId, 2));
    expect((await repCopy.sync()).has('content', item.id)).toBe(false);
    expect((await marketerCopy.sync()).get('content', item.id)?.record).toMatchObject({ status: 'draft' });

    await api.pushOne(marketer.token, putItem({ ...item, status: 'approved' }, marketer.teamId, 3));
    expect((await repCopy.sync()).has('content', item.id)).toBe(true);
    await api.pushOne(marketer.token, putItem({ ...item, status: 'retired' }, marketer.teamId, 4));
    expect((await repCopy.sync()).has('content', item.id)).toBe(false);
    expect((await new Replica(api, outsider.token).sync()).has('content', item.id)).toBe(false);
  });

  it('refuses library edits by reps, and items for every team by non-admins, writing nothing', async () => {
    const item = content();
    const byRep = await api.push(rep.token, [putFlag(relationship()), putItem(item, rep.teamId)]);
    expect(byRep.status).toBe(403);
    expect(byRep.body.error?.message).toContain('mutations.1');
    const byMarketer = await api.push(marketer.token, [putItem(item, null)]);
    expect(byMarketer.status).toBe(403);
    expect(byMarketer.body.error?.message).toContain('mutations.0.team');
    const elsewhere = await api.push(marketer.token, [putItem(item, outsider.teamId)]);
    expect(elsewhere.status).toBe(403);
    expect(await db.query('SELECT 1 FROM content_items WHERE id = $1', [item.id])).toEqual([]);

    const everyone = content();
    expect((await api.pushOne(admin.token, putItem(everyone, null))).status).toBe('applied');
    expect((await new Replica(api, outsider.token).sync()).get('content', everyone.id)?.kind).toBe('content');
  });

  it('keeps activity and feedback append-only and to their author; the server names the actor', async () => {
    const done = activity({ actor: 'Someone Else' });
    const applied = await api.pushOne(rep.token, { id: uniqueId('m'), type: 'activity.add', record: done });
    expect(applied).toMatchObject({ status: 'applied', change: { record: { actor: 'Ravi Rep' } } });
    const resent = await api.pushOne(rep.token, { id: uniqueId('m'), type: 'activity.add', record: done });
    expect(resent.status).toBe('applied');
    const taken = await api.pushOne(marketer.token, { id: uniqueId('m'), type: 'activity.add', record: done });
    expect(taken).toEqual({ id: expect.any(String), status: 'conflict', change: null, message: expect.any(String) });

    const verdict = feedback({ verdict: 'objection', objection: { text: 'Too pricey', tag: 'price' } });
    await api.pushOne(rep.token, { id: uniqueId('m'), type: 'feedback.add', record: verdict });
    const repCopy = await new Replica(api, rep.token).sync();
    expect(repCopy.has('activity', done.id)).toBe(true);
    expect(repCopy.has('feedback', verdict.id)).toBe(true);
    const marketerCopy = await new Replica(api, marketer.token).sync();
    expect(marketerCopy.has('activity', done.id)).toBe(false);
  });

  it("takes back the caller's own recent verdict and its activity, gone from their pulls and the team's insights", async () => {
    const item = content();
    await api.pushOne(marketer.token, putItem(item, marketer.teamId));
    const verdict = feedback({ contentId: item.id, verdict: 'worked', at: new Date().toISOString() });
    const stands = activity({ action: 'feedback', contentId: item.id, feedbackId: verdict.id, at: verdict.at });
    await api.push(rep.token, [
      { id: uniqueId('m'), type: 'feedback.add', record: verdict },
      { id: uniqueId('m'), type: 'activity.add', record: stands },
    ]);
    const repCopy = await new Replica(api, rep.token).sync();
    const worked = async () => (await api.call('GET', `/v1/insights?team=${marketer.teamId}`, { token: marketer.token })).body.goals.trust.worked as number;
    const before = await worked();

    const byOther = await api.pushOne(marketer.token, { id: uniqueId('m'), type: 'feedback.retract', recordId: verdict.id });
    expect(byOther.status).toBe('applied');
    expect(await db.query('SELECT 1 FROM feedback WHERE id = $1', [verdict.id])).toHaveLength(1);

    const taken = await api.pushOne(rep.token, { id: uniqueId('m'), type: 'feedback.retract', recordId: verdict.id });
    expect(taken).toMatchObject({ status: 'applied', change: { op: 'gone', kind: 'feedback', id: verdict.id } });
    await repCopy.sync();
    expect(repCopy.has('feedback', verdict.id)).toBe(false);
    expect(repCopy.has('activity', stands.id)).toBe(false);
    expect(await worked()).toBe(before - 1);
    expect((await api.pushOne(rep.token, { id: uniqueId('m'), type: 'feedback.retract', recordId: verdict.id })).status).toBe('applied');

    const old = feedback({ contentId: item.id });
    await api.pushOne(rep.token, { id: uniqueId('m'), type: 'feedback.add', record: old });
    await db.query(`UPDATE feedback SET created_at = now() - interval '11 minutes' WHERE id = $1`, [old.id]);
    const late = await api.pushOne(rep.token, { id: uniqueId('m'), type: 'feedback.retract', recordId: old.id });
    expect(late).toMatchObject({ status: 'forbidden', change: { kind: 'feedback', id: old.id } });
  });

  it('moves an intro request one way: the holder answers, the furthest state wins', async () => {
    const flag = relationship();
    await api.pushOne(marketer.token, putFlag(flag));
    const ask = { id: uniqueId('intro'), relationshipId: flag.id, reason: 'Pitching Acme', profileSlug: 'jane-doe', profileKind: 'person' as const };
    const asked = await api.pushOne(rep.token, { id: uniqueId('m'), type: 'intro.request', record: ask });
    expect(asked).toMatchObject({ status: 'applied', change: { record: { state: 'sent', holder: { name: 'Mia Marketer' }, requester: { name: 'Ravi Rep' } } } });
    const holderCopy = await new Replica(api, marketer.token).sync();
    expect(holderCopy.get('intro', ask.id)?.record).toMatchObject({ reason: 'Pitching Acme', state: 'sent' });

    const answer = (state: 'asked-first' | 'introduced' | 'declined', token = marketer.token) =>
      api.pushOne(token, { id: uniqueId('m'), type: 'intro.answer', recordId: ask.id, state });
    expect(await answer('introduced', rep.token)).toMatchObject({ status: 'forbidden' });
    expect(await answer('asked-first')).toMatchObject({ status: 'applied', change: { record: { state: 'asked-first' } } });
    expect(await answer('introduced')).toMatchObject({ status: 'applied', change: { record: { state: 'introduced' } } });
    expect(await answer('asked-first')).toMatchObject({ status: 'superseded', change: { record: { state: 'introduced' } } });
    expect(await answer('declined')).toMatchObject({ status: 'superseded', change: { record: { state: 'introduced' } } });
    expect((await new Replica(api, rep.token).sync()).get('intro', ask.id)?.record).toMatchObject({ state: 'introduced' });
    expect((await new Replica(api, outsider.token).sync()).has('intro', ask.id)).toBe(false);

    const own = await api.pushOne(marketer.token, { id: uniqueId('m'), type: 'intro.request', record: { ...ask, id: uniqueId('intro') } });
    expect(own.status).toBe('forbidden');
  });

  it('refuses a date more than a day ahead, naming the field, and a cursor it did not make', async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const reply = await api.push(marketer.token, [putFlag(relationship({ updatedAt: future }))]);
    expect(reply.status).toBe(400);
    expect(reply.body.error?.issues).toEqual([{ path: 'mutations.0.record.updatedAt', message: 'more than a day in the future' }]);
    const bad = await api.pull(rep.token, 'not-a-cursor');
    expect(bad.status).toBe(400);
    expect(bad.body.error?.issues?.[0]?.path).toBe('cursor');
  });

  it('shares a flag with all its owner\'s teams; narrowing it sends "gone" only to those who lost it', async () => {
    const both = await join(api, db, { team, role: 'rep', name: 'Bea Both' });
    await api.call('PATCH', `/v1/admin/users/${both.user.id}`, { token: admin.token, body: { teams: [rep.teamId, outsider.teamId] } });
    const flag = relationship();
    await api.pushOne(both.token, putFlag(flag));
    const teammate = await new Replica(api, rep.token).sync();
    const other = await new Replica(api, outsider.token).sync();
    const own = await new Replica(api, both.token).sync();
    expect(own.get('relationship', flag.id)).toMatchObject({ meta: { teams: [rep.teamId, outsider.teamId].sort(), narrowed: false } });
    expect(teammate.has('relationship', flag.id) && other.has('relationship', flag.id)).toBe(true);

    await api.pushOne(both.token, putFlag(flag, { baseVersion: 1, teams: [outsider.teamId] }));
    expect((await teammate.sync()).has('relationship', flag.id)).toBe(false);
    expect((await other.sync()).get('relationship', flag.id)).toMatchObject({ version: 2, meta: { teams: [outsider.teamId], narrowed: true } });
    expect((await own.sync()).get('relationship', flag.id)).toMatchObject({ version: 2 });
    expect(await api.push(both.token, [putFlag(relationship(), { teams: [marketer.teamId, admin.teamId, 'b1d3c1a0-0000-4000-8000-000000000000'] })])).toMatchObject({ status: 403 });
  });

  it('answers "resync" to a cursor older than the gone markers kept', async () => {
    const replica = await new Replica(api, rep.token).sync();
    const old = replica.cursor;
    const flag = relationship();
    await api.pushOne(marketer.token, putFlag(flag));
    await api.pushOne(marketer.token, { id: uniqueId('m'), type: 'relationship.delete', recordId: flag.id, baseVersion: 1 });
    await tidy(db, 0);
    expect((await api.pull(rep.token, old)).body).toMatchObject({ resync: true, reason: 'cursor-expired' });
    await replica.sync();
    expect(replica.resyncs).toEqual(['cursor-expired']);
  });

  it('makes a user resync after a role or team change, and sends their flags away from the team they left', async () => {
    const mover = await join(api, db, { team, role: 'rep', name: 'Milo Mover' });
    const flag = relationship();
    await api.pushOne(mover.token, putFlag(flag));
    const teammate = await new Replica(api, rep.token).sync();
    const moverCopy = await new Replica(api, mover.token).sync();
    expect(teammate.has('relationship', flag.id)).toBe(true);

    const moved = await api.call('PATCH', `/v1/admin/users/${mover.user.id}`, { token: admin.token, body: { teams: [outsider.teamId] } });
    expect(moved.status).toBe(200);
    expect((await api.pull(mover.token, moverCopy.cursor)).body).toMatchObject({ resync: true, reason: 'access-changed' });
    expect((await teammate.sync()).has('relationship', flag.id)).toBe(false);
    expect((await new Replica(api, outsider.token).sync()).has('relationship', flag.id)).toBe(true);
    expect((await moverCopy.sync()).get('relationship', flag.id)).toMatchObject({ meta: { teams: [outsider.teamId] } });

    await api.call('PATCH', `/v1/admin/users/${mover.user.id}`, { token: admin.token, body: { role: 'marketer' } });
    await moverCopy.sync();
    expect(moverCopy.resyncs).toEqual(['access-changed', 'access-changed']);
  });
});
