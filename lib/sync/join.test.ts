// Joining and leaving, against the real team server in this process (tests/support/team-in-process.ts).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMeta, getRelationship, listRelationships, META } from '../db';
import { FakeBrowser, startTeamServer, use, type TeamServer } from '../../tests/support/team-in-process';
import { relationship } from '../../tests/support/builders';
import { storeFlag } from './local-writes';

let server: TeamServer;
let html: Server;
let htmlUrl: string;

beforeAll(async () => {
  server = await startTeamServer();
  // Something that answers on loopback, but is not Warmline.
  html = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>Intranet</title>'));
  await new Promise<void>((done) => html.listen(0, '127.0.0.1', done));
  htmlUrl = `http://127.0.0.1:${(html.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await server.close();
  html.close();
});

describe('joining a team', () => {
  it('keeps the session, its token only in the meta registry, and pulls what the team shares', async () => {
    const marketer = new FakeBrowser('marketer');
    await use(marketer);
    const joined = await marketer.engine.join(server.url, await server.invite({ team: 'Join Field', role: 'marketer', name: 'Priya Marketer' }), 'Chrome');
    expect(joined).toMatchObject({ ok: true, session: { user: { name: 'Priya Marketer', role: 'marketer' }, teams: [{ name: 'Join Field' }] } });
    await storeFlag(relationship({ id: 'join-flag', knownBy: { name: 'Priya Marketer' } }), { origin: { kind: 'local' } });
    expect((await marketer.engine.sync()).ok).toBe(true);

    const rep = new FakeBrowser('rep');
    await use(rep);
    const repJoined = await rep.engine.join(`${server.url}/`, await server.invite({ team: 'Join Field', role: 'rep', name: 'Ravi Rep' }));
    expect(repJoined.ok).toBe(true);
    await rep.engine.sync();
    const seen = await getRelationship('join-flag');
    expect(seen?.meta).toMatchObject({ origin: { kind: 'team', server: server.url }, team: { version: 1, mine: false, owner: { name: 'Priya Marketer' }, share: 'team' } });
    const session = await getMeta(META.teamSession);
    expect(session?.server).toBe(server.url);
    expect(JSON.stringify(session)).not.toContain('wlt_');
    expect((await getMeta(META.teamToken))?.token).toMatch(/^wlt_/);
  });

  it('says what is wrong with the address, the code, or the server, and keeps nothing', async () => {
    const browser = new FakeBrowser('wrong');
    await use(browser);
    const code = await server.invite({ team: 'Join Field', role: 'rep', name: 'Wendy Wrong' });

    expect(await browser.engine.join('http://warmline.example.com', code)).toMatchObject({ ok: false, field: 'url', message: expect.stringContaining('Use https://') });
    expect(browser.network.requests).toEqual([]);
    expect(await browser.engine.join('not a url at all', code)).toMatchObject({ ok: false, field: 'url' });

    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    expect(await browser.engine.join(`http://127.0.0.1:${port}`, code)).toMatchObject({ ok: false, field: 'url', message: expect.stringContaining('Nothing answered') });
    expect(await browser.engine.join(htmlUrl, code)).toMatchObject({ ok: false, field: 'url', message: expect.stringContaining('not a Warmline Team server') });
    expect(await browser.engine.join(server.url, 'wli_notacode')).toMatchObject({ ok: false, field: 'code', message: expect.stringContaining('new invite') });
    expect(await getMeta(META.teamSession)).toBeUndefined();
    expect(await getMeta(META.teamToken)).toBeUndefined();

    // The real code still works: nothing above used it up. Once used, it is refused.
    expect((await browser.engine.join(server.url, code)).ok).toBe(true);
    await browser.engine.sync();
    const again = new FakeBrowser('again');
    await use(again);
    expect(await again.engine.join(server.url, code)).toMatchObject({ ok: false, field: 'code', message: expect.stringContaining('already used') });
  });

  it("leaving revokes this browser's token, removes the team's records and keeps the user's own flags as local ones", async () => {
    const marketer = new FakeBrowser('leaver-colleague');
    await use(marketer);
    await marketer.engine.join(server.url, await server.invite({ team: 'Leavers', role: 'marketer', name: 'Lena Colleague' }));
    await storeFlag(relationship({ id: 'colleague-flag', knownBy: { name: 'Lena Colleague' } }), { origin: { kind: 'local' } });
    await marketer.engine.sync();

    const rep = new FakeBrowser('leaver');
    await use(rep);
    await rep.engine.join(server.url, await server.invite({ team: 'Leavers', role: 'rep', name: 'Leo Leaver' }));
    await storeFlag(relationship({ id: 'own-flag', knownBy: { name: 'Leo Leaver' } }), { origin: { kind: 'local' } });
    await rep.engine.sync();
    const token = (await getMeta(META.teamToken))!.token;
    expect((await listRelationships()).map((rel) => rel.id).sort()).toEqual(['colleague-flag', 'own-flag']);

    const left = await rep.engine.leave();
    expect(left.message).toContain('You left Leavers');
    expect((await listRelationships()).map((rel) => [rel.id, rel.meta.origin.kind])).toEqual([['own-flag', 'local']]);
    expect(await getMeta(META.teamToken)).toBeUndefined();
    expect(await getMeta(META.teamEnded)).toMatchObject({ reason: 'left', message: left.message });
    const afterwards = await fetch(`${server.url}/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(afterwards.status).toBe(401);
  });
});
