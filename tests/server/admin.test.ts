/** Audit rows written with each write, read by admins; removing a user and their data. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Replica, testApi, join, type Api, type Person } from './support/api.ts';
import { ENGINES, freshDb, type TestDb } from './support/engines.ts';
import { activity, putFlag, relationship, uniqueId } from './support/records.ts';

describe.each(ENGINES)('admin on %s', (engine) => {
  let db: TestDb;
  let api: Api;
  let admin: Person;
  let marketer: Person;
  let rep: Person;
  const team = 'Ops';

  beforeAll(async () => {
    db = await freshDb(engine);
    api = testApi(db);
    admin = await join(api, db, { team, role: 'admin', name: 'Ada Admin' });
    marketer = await join(api, db, { team, role: 'marketer', name: 'Mia Marketer' });
    rep = await join(api, db, { team, role: 'rep', name: 'Ravi Rep' });
  });
  afterAll(() => db.close());

  const auditFor = async (recordId: string) =>
    (await api.call('GET', '/v1/admin/audit?limit=500', { token: admin.token })).body.entries.filter(
      (entry: { recordId: string }) => entry.recordId === recordId,
    );

  it('writes one audit row per write, in the same transaction, with who, what, before and after', async () => {
    const flag = relationship({ notes: 'first' });
    await api.pushOne(marketer.token, putFlag(flag));
    await api.pushOne(marketer.token, putFlag({ ...flag, notes: 'second' }, { baseVersion: 1 }));
    const entries = await auditFor(flag.id);
    expect(entries).toMatchObject([
      { action: 'relationship.put', actor: { id: marketer.user.id, name: 'Mia Marketer' }, before: { notes: 'first' }, after: { notes: 'second' } },
      { action: 'relationship.put', before: null, after: { notes: 'first', share: 'team', teams: [marketer.teamId] } },
    ]);
    // now() is the transaction's start: equal times mean one transaction wrote both.
    const [row] = await db.query<{ same: boolean }>(
      `SELECT r.updated_at = (SELECT max(at) FROM audit_log WHERE record_id = r.id) AS same FROM relationships r WHERE id = $1`,
      [flag.id],
    );
    expect(row!.same).toBe(true);

    await api.pushOne(rep.token, { id: uniqueId('m'), type: 'activity.add', record: activity({ id: 'audited-activity' }) });
    expect(await auditFor('audited-activity')).toMatchObject([{ action: 'activity.add', actor: { name: 'Ravi Rep' } }]);
  });

  it("keeps a private flag's words out of the audit log", async () => {
    const secret = relationship({ notes: 'Do not tell anyone: her husband owns the competitor.' });
    await api.pushOne(rep.token, putFlag(secret, { share: 'private' }));
    const [entry] = await auditFor(secret.id);
    expect(entry.after).toEqual({ share: 'private', redacted: true, owner: rep.user.id });
    expect(JSON.stringify(await db.query('SELECT before, after FROM audit_log'))).not.toContain('husband');
  });

  it('writes nothing, not even audit, for a refused push', async () => {
    const [{ n: before }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log') as [{ n: number }];
    const refused = await api.push(rep.token, [putFlag(relationship()), { id: uniqueId('m'), type: 'content.delete', recordId: 'x', baseVersion: 1 }]);
    expect(refused.status).toBe(403);
    const [{ n: after }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log') as [{ n: number }];
    expect(after).toBe(before);
  });

  it('removes a user: private flags go, shared ones pass to the heir, their browsers are signed out', async () => {
    const leaver = await join(api, db, { team, role: 'rep', name: 'Lee Leaver' });
    const shared = relationship();
    const hidden = relationship();
    await api.push(leaver.token, [putFlag(shared), putFlag(hidden, { share: 'private' })]);
    const ask = { id: uniqueId('intro'), relationshipId: shared.id, profileSlug: 'jane-doe', profileKind: 'person' as const };
    await api.pushOne(rep.token, { id: uniqueId('m'), type: 'intro.request', record: ask });
    const teammate = await new Replica(api, rep.token).sync();
    expect(teammate.has('intro', ask.id)).toBe(true);

    const removed = await api.call('POST', `/v1/admin/users/${leaver.user.id}/remove`, {
      token: admin.token,
      body: { sharedFlags: 'transfer', transferTo: marketer.user.id },
    });
    expect(removed.body).toEqual({ deleted: 1, transferred: 1 });
    expect(await db.query('SELECT 1 FROM relationships WHERE id = $1', [hidden.id])).toEqual([]);
    await teammate.sync();
    expect(teammate.get('relationship', shared.id)).toMatchObject({ meta: { owner: { id: marketer.user.id } } });
    expect(teammate.has('intro', ask.id)).toBe(false);
    expect((await new Replica(api, marketer.token).sync()).get('relationship', shared.id)).toMatchObject({ meta: { mine: true } });
    expect((await api.call('GET', '/v1/me', { token: leaver.token })).status).toBe(401);
    expect(await auditFor(leaver.user.id)).toMatchObject([{ action: 'user.remove', after: { sharedFlags: 'transfer', deleted: 1, transferred: 1 } }]);
    const users = (await api.call('GET', '/v1/admin/users', { token: admin.token })).body.users;
    expect(users.find((user: { id: string }) => user.id === leaver.user.id)).toMatchObject({ removed: true, teams: [] });
  });

  it("removes a user with their shared flags, which leave teammates' copies", async () => {
    const leaver = await join(api, db, { team, role: 'rep', name: 'Dee Deleted' });
    const shared = relationship();
    await api.pushOne(leaver.token, putFlag(shared));
    const teammate = await new Replica(api, rep.token).sync();
    expect(teammate.has('relationship', shared.id)).toBe(true);
    const removed = await api.call('POST', `/v1/admin/users/${leaver.user.id}/remove`, { token: admin.token, body: { sharedFlags: 'delete' } });
    expect(removed.body).toEqual({ deleted: 1, transferred: 0 });
    expect((await teammate.sync()).has('relationship', shared.id)).toBe(false);
  });

  it('refuses to remove yourself or the last admin, and to transfer to nobody', async () => {
    expect((await api.call('POST', `/v1/admin/users/${admin.user.id}/remove`, { token: admin.token, body: { sharedFlags: 'delete' } })).status).toBe(409);
    const demote = await api.call('PATCH', `/v1/admin/users/${admin.user.id}`, { token: admin.token, body: { role: 'rep' } });
    expect(demote.status).toBe(409);
    expect(demote.body.error?.message).toContain('last admin');
    const nobody = await api.call('POST', `/v1/admin/users/${rep.user.id}/remove`, { token: admin.token, body: { sharedFlags: 'transfer' } });
    expect(nobody.status).toBe(400);
    expect((await api.call('GET', '/v1/me', { token: rep.token })).status).toBe(200);
  });
});
