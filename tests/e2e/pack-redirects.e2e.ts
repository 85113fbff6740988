/**
 * Issue 15, finding 2, in the built extension: a subscribed pack's address that redirects to plain
 * http or to another host is refused, and no request goes there: a real cleartext server on
 * loopback records every request it gets (and Playwright sees every request the browser makes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PACK } from '../support/fixtures';
import { launch, type Harness } from '../support/harness';
import { CORS, json } from '../support/pack-host';
import { optionsWithPermissionRecorder } from '../support/permission-recorder';
import { recordingServer, type RecordingServer } from '../support/pack-server';

const HOST = 'https://packs.example.test';

describe('a subscribed pack follows no redirect off its origin', () => {
  let h: Harness;
  let cleartext: RecordingServer;
  const evilRequests: string[] = [];
  const browserRequests: string[] = [];

  beforeAll(async () => {
    cleartext = await recordingServer((_request, response) => response.writeHead(200, { ...CORS, 'Content-Type': 'application/json' }).end(DEMO_PACK));
    h = await launch();
    h.context.on('request', (request) => browserRequests.push(request.url()));
    const redirect = (location: string) => ({ status: 302, headers: { ...CORS, Location: location } });
    await h.context.route(`${HOST}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/to-http.json') return route.fulfill(redirect(`${cleartext.origin}/pack.json`));
      if (path === '/to-evil.json') return route.fulfill(redirect('https://evil.example.test/pack.json'));
      if (path === '/moved.json') return route.fulfill(redirect(`${HOST}/pack.json`));
      return json(JSON.parse(DEMO_PACK))(route);
    });
    // Registered after the harness's catch-all abort, so these answer first: a request that went
    // out would reach the real cleartext server, and the evil host would note it.
    await h.context.route(`${cleartext.origin}/**`, (route) => route.continue());
    await h.context.route('https://evil.example.test/**', (route) => {
      evilRequests.push(route.request().url());
      return json(JSON.parse(DEMO_PACK))(route);
    });
  });
  afterAll(async () => {
    await h?.close();
    await cleartext?.close();
  });

  async function subscribe(page: Page, url: string): Promise<string> {
    await page.getByTestId('wl-sub-url').fill(url);
    await page.getByTestId('wl-sub-add').click();
    const error = page.locator(`[data-testid="wl-sub-item"][data-url="${url}"] [data-testid="wl-sub-last-error"]`);
    await error.waitFor();
    return (await error.textContent()) ?? '';
  }

  it('refuses a redirect to http: without sending the cleartext request', async () => {
    const page = await optionsWithPermissionRecorder(h);
    const error = await subscribe(page, `${HOST}/to-http.json`);
    expect(cleartext.requests).toEqual([]);
    expect(browserRequests.filter((url) => url.startsWith('http:'))).toEqual([]);
    expect(error).toContain('redirects');
    expect(await page.getByTestId('wl-sub-item').getByTestId('wl-sub-status').textContent()).not.toContain('The pack holds');
    await page.close();
  });

  it('refuses a redirect to another host without asking it for anything', async () => {
    const page = await optionsWithPermissionRecorder(h);
    const error = await subscribe(page, `${HOST}/to-evil.json`);
    expect(evilRequests).toEqual([]);
    expect(browserRequests.filter((url) => url.includes('evil.example.test'))).toEqual([]);
    expect(error).toContain('redirects');
    await page.close();
  });

  it('says how to subscribe to a pack that moved within its host (the browser hides where a redirect points)', async () => {
    const page = await optionsWithPermissionRecorder(h);
    expect(await subscribe(page, `${HOST}/moved.json`)).toContain('subscribe to the address the pack is really at');
    await page.close();
  });
});
