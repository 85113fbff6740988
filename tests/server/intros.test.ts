/**
 * Intro requests end to end on the server (issue 13): who answers (the flag's knownBy when a
 * member, else its creator), only flags the rep can see, one open request at a time, one-way
 * states, and requests closing when their flag turns private, is narrowed away or is removed, or
 * when an admin moves the flag's owner or the one who asked out of the team; the database lets a flag's owner close requests about it and do nothing else to them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerForToken } from '../../server/auth/authenticate.ts';
import type { Caller } from '../../server/auth/caller.ts';
import { actAs } from '../../server/db/context.ts';
import type { IntroRequestDraft, Relationship } from '../../lib/model/index.ts';
import { Replica, testApi, join, type Api, type Person } from './support/api.ts';
import { ENGINES, freshDb, type TestDb } from './support/engines.ts';
import { putFlag, relationship, uniqueId } from './support/records.ts';

describe.each(ENGINES)('intro requests on %s', (engine) => {
  let db: TestDb;
  let api: Api;
  let marketer: Person;
  let seller: Person;
  let rep: Person;
  let outsider: Person;
  let admin: Person;
  const team = `Field ${engine}`;

  beforeAll(async () => {
    db = await freshDb(engine);
    api = testApi(db);
    marketer = await join(api, db, { team, role: 'marketer', name: 'Mia Marketer' });
    seller = await join(api, db, { team, role: 'rep', name: 'Sam Seller', email: 'sam@example.com' });
    rep = await join(api, db, { team, role: 'rep', name: 'Ravi Rep' });
    outsider = await join(api, db, { team: `Other ${engine}`, role: 'rep', name: 'Olga Other' });
    admin = await join(api, db, { team, role: 'admin', name: 'Ada Admin' });
  });
  afterAll(() => db.close());

  async function flag(overrides: Partial<Relationship> = {}, share: 'team' | 'private' = 'team'): Promise<Relationship> {
    // Mia's own flag unless told: knownBy is Mia, so requests go to her.
    const rel = relationship({ knownBy: { name: 'Mia Marketer' }, ...overrides });
    expect((await api.pushOne(marketer.token, putFlag(rel, { share }))).status).toBe('applied');
    return rel;
  }
  const draft = (rel: Relationship): IntroRequestDraft => ({ id: uniqueId('intro'), relationshipId: rel.id, reason: 'Pitching Acme', profileSlug: 'jane-doe', profileKind: 'person', profileName: 'Jane Doe' });
  const ask = (token: string, record: IntroRequestDraft) => api.pushOne(token, { id: uniqueId('m'), type: 'intro.request', record });
  const answer = (token: string, recordId: string, state: 'asked-first' | 'introduced' | 'declined', note?: string) =>
    api.pushOne(token, { id: uniqueId('m'), type: 'intro.answer', recordId, state, ...(note ? { note } : {}) });

  it("goes to the flag's knownBy when they are a member (by email), and they answer", async () => {
    const rel = await flag({ knownBy: { name: 'Sam S.', email: 'SAM@example.com' } });
    const request = draft(rel);
    expect(await ask(rep.token, request)).toMatchObject({ status: 'applied', change: { record: { state: 'sent', holder: { id: seller.user.id, name: 'Sam Seller' } } } });
    expect((await new Replica(api, seller.token).sync()).get('intro', request.id)?.record).toMatchObject({ reason: 'Pitching Acme', requester: { name: 'Ravi Rep' } });
    // The flag's creator neither gets it nor answers it.
    expect((await new Replica(api, marketer.token).sync()).has('intro', request.id)).toBe(false);
    expect(await answer(marketer.token, request.id, 'declined')).toMatchObject({ status: 'forbidden' });
    expect(await answer(seller.token, request.id, 'asked-first')).toMatchObject({ status: 'applied', change: { record: { state: 'asked-first' } } });
    expect(await answer(seller.token, request.id, 'introduced', 'Email thread with Jane, Tuesday')).toMatchObject({
      status: 'applied',
      change: { record: { state: 'introduced', note: 'Email thread with Jane, Tuesday' } },
    });
    expect((await new Replica(api, rep.token).sync()).get('intro', request.id)?.record).toMatchObject({ state: 'introduced', note: 'Email thread with Jane, Tuesday' });
  });

  it("goes to the flag's creator when knownBy is nobody in the team (or names the wrong person)", async () => {
    for (const knownBy of [{ name: 'Pat Partner' }, { name: 'Sam Seller', email: 'someone-else@example.com' }]) {
      const request = draft(await flag({ knownBy }));
      expect(await ask(rep.token, request)).toMatchObject({ status: 'applied', change: { record: { holder: { id: marketer.user.id } } } });
    }
    // By name when the flag has no email.
    const byName = draft(await flag({ knownBy: { name: 'sam seller' } }));
    expect(await ask(rep.token, byName)).toMatchObject({ change: { record: { holder: { id: seller.user.id } } } });
  });

  it('is refused for a flag the rep cannot see, one not offered for intros, one of their own, or a second open request', async () => {
    expect(await ask(outsider.token, draft(await flag()))).toMatchObject({ status: 'not-found' });
    expect(await ask(rep.token, draft(await flag({}, 'private')))).toMatchObject({ status: 'not-found' });
    expect(await ask(rep.token, draft(await flag({ canIntro: false })))).toMatchObject({ status: 'forbidden', message: 'Mia Marketer has not offered to introduce: ask them directly.' });
    expect(await ask(seller.token, draft(await flag({ knownBy: { name: 'Sam Seller', email: 'sam@example.com' } })))).toMatchObject({ status: 'forbidden' });

    const rel = await flag();
    const first = draft(rel);
    expect((await ask(rep.token, first)).status).toBe('applied');
    expect((await ask(rep.token, first)).status).toBe('applied'); // a retry of the same request
    expect(await ask(rep.token, draft(rel))).toMatchObject({ status: 'forbidden', message: 'You already asked about this flag, and that request is still open.' });
    await answer(marketer.token, first.id, 'declined', 'They left Acme last month.');
    expect((await ask(rep.token, draft(rel))).status).toBe('applied');
  });

  it('closes open requests when the flag turns private, and the rep pulls "closed"; an answered one stays', async () => {
    const rel = await flag();
    const open = draft(rel);
    await ask(rep.token, open);
    const repCopy = await new Replica(api, rep.token).sync();
    expect(repCopy.get('intro', open.id)).toMatchObject({ record: { state: 'sent' } });

    const rel2 = await flag();
    const answered = draft(rel2);
    await ask(rep.token, answered);
    await answer(marketer.token, answered.id, 'introduced');

    for (const r of [rel, rel2]) expect((await api.pushOne(marketer.token, putFlag(r, { share: 'private', baseVersion: 1 }))).status).toBe('applied');
    await repCopy.sync();
    expect(repCopy.has('relationship', rel.id)).toBe(false);
    expect(repCopy.get('intro', open.id)).toMatchObject({ record: { state: 'closed' } });
    expect(repCopy.get('intro', answered.id)).toMatchObject({ record: { state: 'introduced' } });
    expect(await answer(marketer.token, open.id, 'introduced')).toMatchObject({ status: 'superseded', message: 'The request closed: its flag is no longer available to the one who asked.' });
  });

  it('closes open requests when the flag is removed', async () => {
    const rel = await flag({ knownBy: { name: 'Sam Seller', email: 'sam@example.com' } });
    const open = draft(rel);
    await ask(rep.token, open);
    expect((await api.pushOne(marketer.token, { id: uniqueId('m'), type: 'relationship.delete', recordId: rel.id, baseVersion: 1 })).status).toBe('applied');
    expect((await new Replica(api, rep.token).sync()).get('intro', open.id)).toMatchObject({ record: { state: 'closed' } });
    expect((await new Replica(api, seller.token).sync()).get('intro', open.id)).toMatchObject({ record: { state: 'closed' } });
  });

  const moveTo = (person: Person, teams: string[]) => api.call('PATCH', `/v1/admin/users/${person.user.id}`, { token: admin.token, body: { teams } });

  it("closes the team's open requests about a flag when an admin moves its owner to another team", async () => {
    const owner = await join(api, db, { team, role: 'marketer', name: 'Owen Owner' });
    const asker = await join(api, db, { team, role: 'rep', name: 'Asha Asker' });
    const rel = relationship({ knownBy: { name: 'Owen Owner' } });
    expect((await api.pushOne(owner.token, putFlag(rel))).status).toBe('applied');
    const open = draft(rel);
    await ask(asker.token, open);
    const askerCopy = await new Replica(api, asker.token).sync();
    expect(askerCopy.get('intro', open.id)).toMatchObject({ record: { state: 'sent' } });

    expect((await moveTo(owner, [outsider.teamId])).status).toBe(200);
    await askerCopy.sync();
    expect(askerCopy.has('relationship', rel.id)).toBe(false);
    expect(askerCopy.get('intro', open.id)).toMatchObject({ record: { state: 'closed' } });
    expect((await new Replica(api, owner.token).sync()).get('intro', open.id)).toMatchObject({ record: { state: 'closed' } });
    expect(await answer(owner.token, open.id, 'introduced')).toMatchObject({ status: 'superseded' });
  });

  it('closes the open requests someone made when an admin moves them out of the flag’s team; answered ones stay', async () => {
    const asker = await join(api, db, { team, role: 'rep', name: 'Theo Transfer' });
    const [first, second] = [await flag(), await flag()];
    const open = draft(first);
    const answered = draft(second);
    await ask(asker.token, open);
    await ask(asker.token, answered);
    await answer(marketer.token, answered.id, 'introduced');

    expect((await moveTo(asker, [outsider.teamId])).status).toBe(200);
    const mia = await new Replica(api, marketer.token).sync();
    expect(mia.get('intro', open.id)).toMatchObject({ record: { state: 'closed' } });
    expect(mia.get('intro', answered.id)).toMatchObject({ record: { state: 'introduced' } });
    expect(await answer(marketer.token, open.id, 'asked-first')).toMatchObject({ status: 'superseded', message: 'The request closed: its flag is no longer available to the one who asked.' });
    const theo = await new Replica(api, asker.token).sync();
    expect(theo.get('intro', open.id)).toMatchObject({ record: { state: 'closed' } });
    const audit = (await api.call('GET', '/v1/admin/audit?limit=500', { token: admin.token })).body.entries as Array<{ action: string; recordId: string }>;
    expect(audit.filter((entry) => entry.action === 'intro.close').map((entry) => entry.recordId)).toContain(open.id);
  });

  it('closes nothing of anyone else when an admin moves a person', async () => {
    const bystander = await join(api, db, { team, role: 'rep', name: 'Bea Bystander' });
    const mover = await join(api, db, { team, role: 'rep', name: 'Max Mover' });
    const rel = await flag();
    const open = draft(rel);
    await ask(bystander.token, open);
    expect((await moveTo(mover, [outsider.teamId])).status).toBe(200);
    expect((await new Replica(api, bystander.token).sync()).get('intro', open.id)).toMatchObject({ record: { state: 'sent' } });
  });

  it("lets a flag's owner close requests about it, and nothing else; others cannot touch them", async () => {
    const rel = await flag({ knownBy: { name: 'Sam Seller', email: 'sam@example.com' } });
    const open = draft(rel);
    await ask(rep.token, open);
    const asPerson = async (person: Person, sql: string) => {
      const caller = (await callerForToken(db, person.token)) as Caller;
      return db.transaction(async (tx) => {
        await actAs(tx, caller);
        return tx.query<{ id: string }>(sql, [open.id]);
      });
    };
    await expect(asPerson(marketer, `UPDATE intro_requests SET state = 'introduced' WHERE id = $1 RETURNING id`)).rejects.toThrow(/row-level security/);
    expect(await asPerson(outsider, `UPDATE intro_requests SET state = 'closed' WHERE id = $1 RETURNING id`)).toEqual([]);
    expect(await asPerson(rep, `UPDATE intro_requests SET state = 'closed' WHERE id = $1 RETURNING id`)).toEqual([]);
    expect(await asPerson(marketer, `UPDATE intro_requests SET state = 'closed' WHERE id = $1 RETURNING id`)).toEqual([{ id: open.id }]);
  });
});
