/** Joining, device codes, tokens, roles, origins and bad input: each refusal is clear and changes nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '../../server/auth/invites.ts';
import { hashSecret } from '../../server/auth/secrets.ts';
import { CLI_ACTOR } from '../../server/http/routes/local.ts';
import { EXTENSION_ORIGIN, testApi, join, type Api, type Person } from './support/api.ts';
import { ENGINES, freshDb, type TestDb } from './support/engines.ts';
import { putFlag, relationship } from './support/records.ts';

describe.each(ENGINES)('joining and access on %s', (engine) => {
  let db: TestDb;
  let api: Api;
  let admin: Person;
  let rep: Person;
  const team = 'Access';

  const invite = (role: 'rep' | 'admin' = 'rep', name = 'New Person') =>
    db.transaction((tx) => createInvite(tx, CLI_ACTOR, { team, role, name }));
  const counts = async () =>
    (await db.query<{ users: number; tokens: number; audit: number }>(
      'SELECT (SELECT count(*) FROM users) AS users, (SELECT count(*) FROM tokens) AS tokens, (SELECT count(*) FROM audit_log) AS audit',
    ))[0];

  beforeAll(async () => {
    db = await freshDb(engine);
    api = testApi(db, { adminSecret: 'wls_test-secret' });
    admin = await join(api, db, { team, role: 'admin', name: 'Ada Admin' });
    rep = await join(api, db, { team, role: 'rep', name: 'Ravi Rep' });
  });
  afterAll(() => db.close());

  it('trades an invite for a random token stored only as its hash', async () => {
    const { code } = await invite('rep', 'Tess Token');
    const joined = await api.call('POST', '/v1/join', { body: { code, device: 'Laptop' }, address: '198.51.100.1' });
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ user: { name: 'Tess Token', role: 'rep' }, teams: [{ name: team }] });
    const token: string = joined.body.token;
    expect(token).toMatch(/^wlt_[\w-]{40,}$/);
    const stored = await db.query<{ hash: string }>('SELECT hash FROM tokens WHERE user_id = $1', [joined.body.user.id]);
    expect(stored).toEqual([{ hash: hashSecret(token) }]);
    const anywhere = await db.query(`SELECT 1 FROM tokens t, invites i WHERE t.hash = $1 OR i.hash = $1 OR t.device = $1`, [token]);
    expect(anywhere).toEqual([]);
    expect((await api.call('GET', '/v1/me', { token })).body.user.name).toBe('Tess Token');
  });

  it('refuses a used, an expired or an unknown code with 401, saying which, and changes nothing', async () => {
    const used = await invite();
    await api.call('POST', '/v1/join', { body: { code: used.code }, address: '198.51.100.2' });
    const expired = await invite();
    await db.query(`UPDATE invites SET expires_at = now() - interval '1 minute' WHERE hash = $1`, [hashSecret(expired.code)]);
    const before = await counts();
    const tries = [
      [used.code, 'already used'],
      [expired.code, 'expired'],
      ['wli_nothing-like-this', 'not known'],
    ] as const;
    for (const [code, words] of tries) {
      const reply = await api.call('POST', '/v1/join', { body: { code }, address: '198.51.100.2' });
      expect(reply.status).toBe(401);
      expect(reply.body.error?.message).toContain(words);
    }
    expect(await counts()).toEqual(before);
  });

  it("adds another browser for the same user with a device code, once", async () => {
    const made = await api.call('POST', '/v1/devices', { token: rep.token });
    expect(made.status).toBe(201);
    const second = await api.call('POST', '/v1/join', { body: { code: made.body.code, device: 'Desktop' }, address: '198.51.100.3' });
    expect(second.status).toBe(200);
    expect(second.body.user.id).toBe(rep.user.id);
    expect(second.body.token).not.toBe(rep.token);
    const again = await api.call('POST', '/v1/join', { body: { code: made.body.code }, address: '198.51.100.3' });
    expect(again.status).toBe(401);
    const tokens = await api.call('GET', '/v1/tokens', { token: second.body.token });
    expect(tokens.body.tokens.map((t: { device: string; current: boolean }) => [t.device, t.current])).toEqual([
      ['test browser', false],
      ['Desktop', true],
    ]);
    expect((await api.call('POST', '/v1/devices', {})).status).toBe(401);
  });

  it('revokes a token: that browser gets 401, the others go on; an admin revokes them all', async () => {
    const person = await join(api, db, { team, role: 'rep', name: 'Rita Revoked' });
    const device = (await api.call('POST', '/v1/devices', { token: person.token })).body.code;
    const other = (await api.call('POST', '/v1/join', { body: { code: device }, address: '198.51.100.4' })).body.token as string;
    const mine = (await api.call('GET', '/v1/tokens', { token: person.token })).body.tokens.find((t: { current: boolean }) => t.current);
    expect((await api.call('DELETE', `/v1/tokens/${mine.id}`, { token: person.token })).status).toBe(204);
    expect((await api.call('GET', '/v1/me', { token: person.token })).status).toBe(401);
    expect((await api.call('GET', '/v1/me', { token: other })).status).toBe(200);
    expect((await api.call('DELETE', `/v1/tokens/${mine.id}`, { token: rep.token })).status).toBe(404);

    const revoked = await api.call('POST', `/v1/admin/users/${person.user.id}/revoke`, { token: admin.token });
    expect(revoked.body).toEqual({ revoked: 1 });
    const after = await api.call('POST', '/v1/pull', { token: other, body: { cursor: null } });
    expect(after.status).toBe(401);
    expect(after.headers.get('WWW-Authenticate')).toBe('Bearer');
  });

  it('limits join attempts per address, counted in the database across instances', async () => {
    const limited = { joinLimit: { max: 3, windowSeconds: 600 } };
    const one = testApi(db, limited);
    const two = testApi(db, limited);
    const address = '203.0.113.77';
    const statuses = [];
    for (const app of [one, two, one, two]) {
      statuses.push((await app.call('POST', '/v1/join', { body: { code: 'wli_wrong' }, address })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const { code } = await invite();
    const refused = await two.call('POST', '/v1/join', { body: { code }, address });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await two.call('POST', '/v1/join', { body: { code }, address: '203.0.113.78' })).status).toBe(200);
  });

  it('says 401 without a token and 403 to a role without the right, changing nothing', async () => {
    expect((await api.call('POST', '/v1/pull', { body: { cursor: null } })).status).toBe(401);
    expect((await api.call('POST', '/v1/pull', { token: 'wlt_forged', body: { cursor: null } })).status).toBe(401);
    const before = await counts();
    for (const [method, path, body] of [
      ['GET', '/v1/admin/users', undefined],
      ['GET', '/v1/admin/audit', undefined],
      ['GET', '/v1/insights', undefined],
      ['POST', '/v1/admin/invites', { team, role: 'admin', name: 'Sneaky' }],
      ['PATCH', `/v1/admin/users/${rep.user.id}`, { role: 'admin' }],
    ] as const) {
      const reply = await api.call(method, path, { token: rep.token, body });
      expect(reply.status, `${method} ${path}`).toBe(403);
      expect(reply.body.error?.message).toMatch(/role/);
    }
    expect(await counts()).toEqual(before);
  });

  it('answers extension origins only, with CORS; refuses web pages', async () => {
    const preflight = await api.call('OPTIONS', '/v1/pull', {
      origin: EXTENSION_ORIGIN,
      headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe(EXTENSION_ORIGIN);
    expect(preflight.headers.get('Access-Control-Allow-Headers')?.toLowerCase()).toContain('authorization');
    const firefox = 'moz-extension://0b9e1f3a-4c2d-4e5f-8a7b-1c2d3e4f5a6b';
    expect((await api.call('GET', '/v1/me', { token: rep.token, origin: firefox })).headers.get('Access-Control-Allow-Origin')).toBe(firefox);
    const page = await api.call('POST', '/v1/join', { origin: 'https://www.linkedin.com', body: { code: 'x' } });
    expect(page.status).toBe(403);
    expect(page.body.error?.code).toBe('origin-not-allowed');

    const narrowed = testApi(db, { extensionIds: new Set(['abcdefghijklmnopabcdefghijklmnop']) });
    expect((await narrowed.call('GET', '/healthz', { origin: EXTENSION_ORIGIN })).status).toBe(200);
    expect((await narrowed.call('GET', '/healthz', { origin: 'chrome-extension://ponmlkjihgfedcbaponmlkjihgfedcba' })).status).toBe(403);
  });

  it('validates every body, naming the field, and limits its size', async () => {
    const missing = await api.call('POST', '/v1/join', { body: { device: 'x' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error?.issues).toEqual([{ path: 'code', message: expect.any(String) }]);
    const wrongType = await api.call('POST', '/v1/join', { raw: 'code=x', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(wrongType.status).toBe(415);
    const broken = await api.call('POST', '/v1/join', { raw: '{"code":', headers: { 'Content-Type': 'application/json' } });
    expect(broken.status).toBe(400);
    const big = await api.call('POST', '/v1/join', { body: { code: 'x'.repeat(70_000) } });
    expect(big.status).toBe(413);
    const huge = await api.push(rep.token, [putFlag(relationship({ knownBy: { name: 'x'.repeat(5_000_000) } }))]);
    expect(huge.status).toBe(413);
    const badFlag = await api.push(rep.token, [putFlag(relationship({ strength: 9 }))]);
    expect(badFlag.status).toBe(400);
    expect(badFlag.body.error?.issues?.[0]?.path).toBe('mutations.0.record.strength');
    expect(badFlag.body.error?.message).toContain('mutations.0.record.strength');
  });

  it("answers the CLI's loopback endpoint only from this machine, with the data folder's secret", async () => {
    const body = { team, role: 'rep', name: 'Via CLI' };
    const secret = 'Bearer wls_test-secret';
    expect((await api.call('POST', '/v1/local/invites', { body, address: '192.0.2.50', headers: { Authorization: secret } })).status).toBe(403);
    expect((await api.call('POST', '/v1/local/invites', { body, address: '127.0.0.1' })).status).toBe(401);
    expect((await api.call('POST', '/v1/local/invites', { body, address: '127.0.0.1', headers: { Authorization: 'Bearer wls_wrong' } })).status).toBe(401);
    const proxied = await api.call('POST', '/v1/local/invites', { body, address: '127.0.0.1', headers: { Authorization: secret, 'X-Forwarded-For': '192.0.2.9' } });
    expect(proxied.status).toBe(403);
    const made = await api.call('POST', '/v1/local/invites', { body, address: '127.0.0.1', headers: { Authorization: secret } });
    expect(made.status).toBe(201);
    expect(made.body.code).toMatch(/^wli_/);
  });
});
