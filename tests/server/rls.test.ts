/**
 * Isolation is the database's: queries with no team filter at all, run as the request role,
 * return only what the caller may see, and writes past the policies fail.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callerForToken } from '../../server/auth/authenticate.ts';
import type { Caller } from '../../server/auth/caller.ts';
import { actAs } from '../../server/db/context.ts';
import { APP_ROLE, migrate } from '../../server/db/migrate.ts';
import { openPostgres } from '../../server/db/postgres.ts';
import { INSUFFICIENT_PRIVILEGE, sqlState, type Row } from '../../server/db/types.ts';
import { Replica, testApi, join, type Api, type Person } from './support/api.ts';
import { ENGINES, freshDb, type TestDb } from './support/engines.ts';
import { activity, content, putFlag, putItem, relationship, uniqueId } from './support/records.ts';

describe.each(ENGINES)('row-level security on %s', (engine) => {
  let db: TestDb;
  let api: Api;
  let north: Person;
  let northRep: Person;
  let south: Person;
  const ids = { northShared: '', northPrivate: '', southShared: '', northDraft: '', northApproved: '', southApproved: '', everyone: '' };

  /** Runs one query as the person, through the same context the API uses. */
  async function asPerson<T extends Row>(person: Person, sql: string, params: unknown[] = []): Promise<T[]> {
    const caller = (await callerForToken(db, person.token)) as Caller;
    return db.transaction(async (tx) => {
      await actAs(tx, caller);
      return tx.query<T>(sql, params);
    });
  }
  const idsOf = async (person: Person, table: string) =>
    (await asPerson<{ id: string }>(person, `SELECT id::text FROM ${table} ORDER BY id`)).map((row) => row.id);

  beforeAll(async () => {
    db = await freshDb(engine);
    api = testApi(db);
    north = await join(api, db, { team: 'North', role: 'marketer', name: 'Nia North' });
    northRep = await join(api, db, { team: 'North', role: 'rep', name: 'Ned North' });
    south = await join(api, db, { team: 'South', role: 'admin', name: 'Sol South' });
    const flags = { northShared: relationship(), northPrivate: relationship(), southShared: relationship() };
    await api.push(north.token, [putFlag(flags.northShared), putFlag(flags.northPrivate, { share: 'private' })]);
    await api.push(south.token, [putFlag(flags.southShared)]);
    const items = { northDraft: content({ status: 'draft' }), northApproved: content(), southApproved: content(), everyone: content() };
    await api.push(north.token, [putItem(items.northDraft, north.teamId), putItem(items.northApproved, north.teamId)]);
    await api.push(south.token, [putItem(items.southApproved, south.teamId), putItem(items.everyone, null)]);
    await api.push(northRep.token, [{ id: uniqueId('m'), type: 'activity.add', record: activity({ id: 'north-activity' }) }]);
    await api.push(south.token, [{ id: uniqueId('m'), type: 'activity.add', record: activity({ id: 'south-activity' }) }]);
    Object.assign(ids, Object.fromEntries([...Object.entries(flags), ...Object.entries(items)].map(([key, record]) => [key, record.id])));
  });
  afterAll(() => db.close());

  it('runs requests as a role that is neither superuser nor exempt from row-level security', async () => {
    const [role] = await asPerson<{ current_user: string; rolsuper: boolean; rolbypassrls: boolean }>(
      north,
      'SELECT current_user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
    );
    expect(role).toEqual({ current_user: APP_ROLE, rolsuper: false, rolbypassrls: false });
  });

  it('has row-level security on every table the request role may touch', async () => {
    const tables = await db.query<{ table_name: string; rls: boolean }>(
      `SELECT DISTINCT g.table_name, c.relrowsecurity AS rls
       FROM information_schema.role_table_grants g JOIN pg_class c ON c.relname = g.table_name
       WHERE g.grantee = $1 ORDER BY 1`,
      [APP_ROLE],
    );
    expect(tables.filter((table) => !table.rls).map((table) => table.table_name)).toEqual(['server_meta']);
    expect(tables.length).toBeGreaterThan(10);
  });

  it('shows flags: your own, and those shared with your teams, never another team\'s or anyone\'s private ones', async () => {
    expect(await idsOf(northRep, 'relationships')).toEqual([ids.northShared].sort());
    expect(await idsOf(north, 'relationships')).toEqual([ids.northShared, ids.northPrivate].sort());
    expect(await idsOf(south, 'relationships')).toEqual([ids.southShared]);
  });

  it('shows reps approved items of their teams and of every team; editors their drafts too', async () => {
    expect(await idsOf(northRep, 'content_items')).toEqual([ids.northApproved, ids.everyone].sort());
    expect(await idsOf(north, 'content_items')).toEqual([ids.northDraft, ids.northApproved, ids.everyone].sort());
    expect(await idsOf(south, 'content_items')).toEqual([ids.southApproved, ids.everyone].sort());
  });

  it("shows reps their own activity; marketers their teams'; nobody another team's", async () => {
    expect(await idsOf(northRep, 'activities')).toEqual(['north-activity']);
    expect(await idsOf(north, 'activities')).toEqual(['north-activity']);
    expect(await idsOf(south, 'activities')).toEqual(['south-activity']);
  });

  it('shows people only themselves and their teammates (admins everyone), and sync entries of their own spaces', async () => {
    expect((await asPerson<{ name: string }>(northRep, 'SELECT name FROM users ORDER BY name')).map((u) => u.name)).toEqual(['Ned North', 'Nia North']);
    expect(await asPerson(northRep, 'SELECT token_id FROM (SELECT id AS token_id, user_id FROM tokens) t WHERE user_id <> $1', [northRep.user.id])).toEqual([]);
    expect((await asPerson(south, 'SELECT name FROM users'))).toHaveLength(3);
    const entries = await asPerson<{ record_id: string }>(northRep, 'SELECT DISTINCT record_id FROM sync_entries');
    expect(entries.map((e) => e.record_id)).not.toContain(ids.southShared);
    expect(entries.map((e) => e.record_id)).not.toContain(ids.northPrivate);
    expect(await asPerson(northRep, 'SELECT 1 FROM audit_log')).toEqual([]);
  });

  it('refuses writes past the policies: another owner, another team, a team you are not in', async () => {
    const changed = await asPerson(northRep, `UPDATE relationships SET data = data || '{"notes":"x"}' RETURNING id`);
    expect(changed).toEqual([]);
    const removed = await asPerson(northRep, 'DELETE FROM content_items RETURNING id');
    expect(removed).toEqual([]);
    const refusal = await asPerson(
      northRep,
      `INSERT INTO relationships (id, owner_id, share, team_ids, data) VALUES ('forged', $1, 'team', ARRAY[$2]::uuid[], '{}')`,
      [north.user.id, north.teamId],
    ).catch((error: unknown) => error);
    expect(sqlState(refusal)).toBe(INSUFFICIENT_PRIVILEGE);
    const outside = await asPerson(
      northRep,
      `INSERT INTO relationships (id, owner_id, share, team_ids, data) VALUES ('forged', $1, 'team', ARRAY[$2]::uuid[], '{}')`,
      [northRep.user.id, south.teamId],
    ).catch((error: unknown) => error);
    expect(sqlState(outside)).toBe(INSUFFICIENT_PRIVILEGE);
    expect(await db.query(`SELECT 1 FROM relationships WHERE id = 'forged'`)).toEqual([]);
  });
});

// Production's DATABASE_URL user owns the database but is no superuser (PGlite's always is).
describe('a PostgreSQL owner that is not a superuser', () => {
  it('migrates, serves, and still confines requests to the caller', async () => {
    const cluster = inject('postgresUrl');
    const owner = `wl_owner_${Date.now()}`;
    const admin = new pg.Client({ connectionString: cluster });
    await admin.connect();
    await admin.query(`CREATE ROLE ${owner} LOGIN CREATEROLE`);
    await admin.query(`CREATE DATABASE ${owner} OWNER ${owner}`);
    const url = new URL(cluster);
    url.username = owner;
    url.pathname = `/${owner}`;
    const db = await openPostgres({ url: url.toString() });
    try {
      await migrate(db);
      const [who] = await db.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
      expect(who!.rolsuper).toBe(false);
      const api = testApi(db);
      const one = await join(api, db, { team: 'One', role: 'rep', name: 'Una' });
      const two = await join(api, db, { team: 'Two', role: 'rep', name: 'Dos' });
      await api.push(one.token, [putFlag(relationship({ id: 'owned-by-one' }))]);
      expect((await new Replica(api, one.token).sync()).ids('relationship')).toEqual(['owned-by-one']);
      expect((await new Replica(api, two.token).sync()).ids('relationship')).toEqual([]);
    } finally {
      await db.close();
      await admin.query(`DROP DATABASE ${owner} WITH (FORCE)`);
      await admin.query(`DROP OWNED BY ${owner}`);
      await admin.query(`DROP ROLE ${owner}`);
      await admin.end();
    }
  });
});
