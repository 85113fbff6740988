/**
 * The subscribed pack's transport against real servers on loopback (tests/support/pack-server.ts):
 * issue 15, findings 2 (redirects) and 5 (size without Content-Length).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fetchVia, recordingServer, type RecordingServer } from '../../tests/support/pack-server';
import { packText } from '../../tests/support/builders';
import { fetchPack } from './fetch-pack';

const PACK_URL = 'https://packs.acme.example/field.json';
const servers: RecordingServer[] = [];

async function server(handler: Parameters<typeof recordingServer>[0]): Promise<RecordingServer> {
  const started = await recordingServer(handler);
  servers.push(started);
  return started;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const redirectTo = (location: string) => server((_request, response) => response.writeHead(302, { Location: location }).end());

describe('fetchPack: redirects', () => {
  it('follows no redirect to plain http: the cleartext server never hears a request', async () => {
    const cleartext = await server((_request, response) => response.end(packText()));
    const host = await redirectTo(`${cleartext.origin}/field.json`);
    const result = await fetchPack({ url: PACK_URL }, fetchVia({ 'packs.acme.example': host }));
    expect(result).toMatchObject({ kind: 'failed', error: expect.stringContaining('redirect') });
    expect(host.requests).toHaveLength(1);
    expect(cleartext.requests).toEqual([]);
  });

  it('follows no redirect to another host', async () => {
    const other = await server((_request, response) => response.end(packText()));
    const host = await redirectTo('https://evil.example/field.json');
    const result = await fetchPack({ url: PACK_URL }, fetchVia({ 'packs.acme.example': host, 'evil.example': other }));
    expect(result).toMatchObject({ kind: 'failed', error: expect.stringContaining('evil.example') });
    expect(other.requests).toEqual([]);
  });

  it('follows a redirect on the subscribed origin, and stops after a few', async () => {
    const host = await server((request, response) => {
      if (request.url === '/field.json') response.writeHead(301, { Location: '/v2/field.json' }).end();
      else if (request.url === '/v2/field.json') response.end(packText());
      else response.writeHead(302, { Location: request.url ?? '/' }).end();
    });
    const fetched = await fetchPack({ url: PACK_URL }, fetchVia({ 'packs.acme.example': host }));
    expect(fetched).toMatchObject({ kind: 'fetched', text: packText() });
    expect(host.requests.map((r) => r.path)).toEqual(['/field.json', '/v2/field.json']);

    const looping = await fetchPack({ url: 'https://packs.acme.example/loop.json' }, fetchVia({ 'packs.acme.example': host }));
    expect(looping).toMatchObject({ kind: 'failed', error: expect.stringContaining('too many redirects') });
  });

  it('refuses a redirect it is not allowed to see (a browser\'s opaque redirect) without following it', async () => {
    let asked = 0;
    const opaque = (async () => {
      asked++;
      return { type: 'opaqueredirect', status: 0, ok: false, url: PACK_URL, headers: new Headers() } as unknown as Response;
    }) as typeof fetch;
    expect(await fetchPack({ url: PACK_URL }, opaque)).toMatchObject({ kind: 'failed', error: expect.stringContaining('redirect') });
    expect(asked).toBe(1);
  });
});

describe('fetchPack: size', () => {
  it('stops reading a chunked 64 MB answer (no Content-Length) at 50 MB, with a clear error', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const host = await server((_request, response, counter) => {
      response.writeHead(200, { 'Content-Type': 'application/json' }); // chunked: no Content-Length
      let sent = 0;
      const more = () => {
        while (sent < 64 && !response.destroyed) {
          sent++;
          counter.count(chunk.length);
          if (!response.write(chunk)) return void response.once('drain', more);
        }
        if (!response.destroyed) response.end();
      };
      more();
    });
    const result = await fetchPack({ url: PACK_URL }, fetchVia({ 'packs.acme.example': host }));
    // The kind first: a 64 MB text in a failed comparison would take the reporter minutes to print.
    expect(result.kind).toBe('failed');
    expect(result).toEqual({ kind: 'failed', error: 'The pack is larger than 50 MB; refused. The last good copy is kept.' });
    // The download was cut off: the server did not get to send all 64 MB.
    await host.closedAnswer();
    expect(host.bytesWritten()).toBeLessThan(64 * 1024 * 1024);
  });

  it('reads a pack under the cap whole, and refuses one that says it is larger before reading it', async () => {
    const host = await server((request, response) => {
      if (request.url === '/big.json') response.writeHead(200, { 'Content-Length': String(60 * 1024 * 1024) }).end();
      else response.end(packText());
    });
    const via = fetchVia({ 'packs.acme.example': host });
    expect(await fetchPack({ url: PACK_URL }, via)).toMatchObject({ kind: 'fetched', text: packText() });
    expect(await fetchPack({ url: 'https://packs.acme.example/big.json' }, via)).toMatchObject({ kind: 'failed', error: expect.stringContaining('larger than 50 MB') });
  });
});
