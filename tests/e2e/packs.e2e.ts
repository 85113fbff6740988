/**
 * Packs in the built extension: import with preview, bad files, export round trip, and a team
 * pack subscription served from a routed https URL (refresh, failure, conflicts, unsubscribe).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { launch, type Harness } from '../support/harness';
import { optionsWithPermissionRecorder, permissionCalls } from '../support/permission-recorder';
import { DEMO_PACK } from '../support/fixtures';
import { CORS, json } from '../support/pack-host';

const CSV_HEADER =
  'scope,person_name,person_profile_url,company_name,company_linkedin_url,relation,strength,known_by_name,known_by_email,known_by_team,how_we_know,notes,can_intro,operationally_ready,years_in_industry,forward_looking,vendor_history';
const CSV = [
  CSV_HEADER,
  'person,Ada Quinn,https://www.linkedin.com/in/ada-quinn/,Globex,,former-colleague,5,Sam Seller,sam@example.com,East,"Worked together, 2019",,yes,true,12,,',
  'company,,,Initech,https://www.linkedin.com/company/initech/,customer,3,Rita Rep,,West,,"=HYPERLINK(""x"")",no,,,,',
].join('\r\n');

type Counts = { content: number; relationships: number };

// Chosen files stay on disk until the end: the page reads a File lazily (in its import worker).
const FILES = mkdtempSync(join(tmpdir(), 'warmline-packs-'));
afterAll(() => rmSync(FILES, { recursive: true, force: true }));

/** Choose a file on the Packs tab and wait for the preview (or the refusal). */
async function choose(page: Page, name: string, text: string): Promise<void> {
  const file = join(mkdtempSync(join(FILES, 'f-')), name);
  writeFileSync(file, text);
  await page.getByTestId('wl-import-file').setInputFiles(file);
  const result = page.getByTestId('wl-import-result');
  await Promise.race([page.getByTestId('wl-import-confirm').waitFor(), result.getByRole('alert').waitFor()]);
}

async function counts(page: Page): Promise<Counts> {
  return page.evaluate(
    () =>
      new Promise<Counts>((done, fail) => {
        const open = indexedDB.open('warmline');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['content', 'relationships']);
          const c = tx.objectStore('content').count();
          const r = tx.objectStore('relationships').count();
          tx.oncomplete = () => {
            open.result.close();
            done({ content: c.result, relationships: r.result });
          };
        };
      }),
  );
}

/** Plays the library editor: change a stored item's title and mark it edited here. */
async function editLocally(page: Page, id: string, title: string): Promise<void> {
  await page.evaluate(
    ({ id, title }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('warmline');
        open.onsuccess = () => {
          const tx = open.result.transaction('content', 'readwrite');
          const store = tx.objectStore('content');
          const get = store.get(id);
          get.onsuccess = () => store.put({ ...get.result, title, meta: { ...get.result.meta, locallyEditedAt: '2026-11-05T12:00:00.000Z' } });
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    { id, title },
  );
}

async function storedContent(page: Page, id: string): Promise<{ title: string; meta: { origin: unknown } }> {
  return page.evaluate(
    (id) =>
      new Promise((done) => {
        const open = indexedDB.open('warmline');
        open.onsuccess = () => {
          const get = open.result.transaction('content').objectStore('content').get(id);
          get.onsuccess = () => {
            open.result.close();
            done(get.result);
          };
        };
      }),
    id,
  );
}

async function storedTitle(page: Page, id: string): Promise<string> {
  return (await storedContent(page, id)).title;
}

/** Plays the background's managed policy: a subscription an administrator set. */
async function putManagedSubscription(page: Page, url: string): Promise<void> {
  await page.evaluate(
    (url) =>
      new Promise<void>((done) => {
        const open = indexedDB.open('warmline');
        open.onsuccess = () => {
          const tx = open.result.transaction('subscriptions', 'readwrite');
          tx.objectStore('subscriptions').put({ url, managed: true, refreshMinutes: 360, packName: 'Acme managed pack' });
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
        };
      }),
    url,
  );
}

async function download(page: Page, testId: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = await file.path();
  return readFileSync(path, 'utf8');
}

/** The pack's data, without the envelope fields that change on every export. */
function packData(text: string): unknown {
  const { content, relationships, format, version } = JSON.parse(text);
  return { format, version, content, relationships };
}

describe('packs: import, export', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('previews a JSON pack with counts, writes nothing until confirmed, then imports it', async () => {
    const page = await h.extensionPage('options.html#packs');
    await choose(page, 'demo.json', DEMO_PACK);
    const result = page.getByTestId('wl-import-result');
    await expect.poll(() => result.textContent()).toContain('nothing is saved until you confirm');
    expect(await result.locator('.counts').textContent()).toBe('Added9Updated0Unchanged0Removed0Conflicts0Warnings0Errors0');
    expect(await counts(page)).toEqual({ content: 0, relationships: 0 });

    await page.getByTestId('wl-import-confirm').click();
    await result.getByText('imported.').waitFor();
    expect(await counts(page)).toEqual({ content: 6, relationships: 3 });

    // The same file again changes nothing.
    await choose(page, 'demo.json', DEMO_PACK);
    expect(await result.locator('.counts').textContent()).toBe('Added0Updated0Unchanged9Removed0Conflicts0Warnings0Errors0');
    await page.close();
  });

  it('previews a relationships CSV (parsed in a worker, with progress) and imports it', async () => {
    const page = await h.extensionPage('options.html#packs');
    const worker = page.waitForEvent('worker');
    await choose(page, 'team.csv', CSV);
    expect((await worker).url()).toContain('/assets/import-worker');
    const result = page.getByTestId('wl-import-result');
    expect(await result.locator('.counts').textContent()).toBe('Added2Updated0Unchanged0Removed0Conflicts0Warnings0Errors0');
    await page.getByTestId('wl-import-confirm').click();
    await result.getByText('imported.').waitFor();
    expect(await counts(page)).toEqual({ content: 6, relationships: 5 });
    await page.close();
  });

  it('shows a conflict with both versions\u2019 dates and keeps the local edit', async () => {
    const page = await h.extensionPage('options.html#packs');
    await editLocally(page, 'demo-msg-marketing-leaders', 'My own opener');
    const newer = JSON.parse(DEMO_PACK);
    newer.content[0].updatedAt = '2026-11-20T10:00:00Z';
    newer.content[0].title = 'Opener for marketing leaders, v2';
    await choose(page, 'newer.json', JSON.stringify(newer));
    const conflict = page.getByTestId('wl-import-conflict');
    await conflict.waitFor();
    const text = (await conflict.textContent()) ?? '';
    expect(text).toContain('My own opener');
    expect(text).toContain(new Date('2026-10-20T10:00:00Z').toLocaleString('en-US'));
    expect(text).toContain(new Date('2026-11-20T10:00:00Z').toLocaleString('en-US'));
    expect(await page.getByTestId('wl-import-result').locator('.counts').textContent()).toContain('Conflicts1');
    await page.getByTestId('wl-import-confirm').click();
    await page.getByTestId('wl-import-result').getByText('imported.').waitFor();
    expect(await storedTitle(page, 'demo-msg-marketing-leaders')).toBe('My own opener');
    await page.close();
  });

  it('refuses bad files whole, saying where and why, and writes nothing', async () => {
    const page = await h.extensionPage('options.html#packs');
    const before = await counts(page);
    const alert = page.getByTestId('wl-import-result').getByRole('alert');

    await choose(page, 'broken.json', '{\n  "format": "warmline.pack",\n  "version": 1,\n  "content": [,]\n}');
    await expect.poll(() => alert.textContent()).toContain('Line 4, column 15: this is not valid JSON');

    await choose(page, 'bad.csv', `${CSV_HEADER}\r\nperson,New Person,,Hooli,,friend,seven,Sam Seller,,,,,yes,,,,\r\nperson,Other Person,,Hooli,,friend,4,Sam Seller,,,,,yes,,,,`);
    await expect.poll(() => alert.textContent()).toContain('Row 2 (New Person), column strength holds "seven", which is not a number.');

    const future = JSON.parse(DEMO_PACK);
    future.version = 2;
    future.content[0].title = 'From the future';
    await choose(page, 'future.json', JSON.stringify(future));
    await expect.poll(() => alert.textContent()).toContain('made by a newer Warmline (version 2)');

    expect(await counts(page)).toEqual(before);
    expect(await storedTitle(page, 'demo-msg-marketing-leaders')).toBe('My own opener');
    await page.close();
  });

  it('exports a pack and a CSV that import into a fresh browser as the same data', async () => {
    const page = await h.extensionPage('options.html#packs');
    const pack = await download(page, 'wl-export');
    const csv = await download(page, 'wl-export-csv');
    await page.close();
    expect(packData(pack)).toMatchObject({ format: 'warmline.pack', version: 1 });
    expect(JSON.parse(pack).relationships).toHaveLength(5);
    expect(csv).toContain("'=HYPERLINK"); // a formula cell is neutralised

    const fresh = await launch();
    try {
      const csvPage = await fresh.importFile('relationships.csv', csv);
      expect(await counts(csvPage)).toEqual({ content: 0, relationships: 5 });
      expect(await download(csvPage, 'wl-export-csv')).toBe(csv);
      await csvPage.close();

      const packPage = await fresh.importFile('pack.json', pack);
      expect(await counts(packPage)).toEqual({ content: 6, relationships: 5 });
      expect(packData(await download(packPage, 'wl-export'))).toEqual(packData(pack));
      await packPage.close();
    } finally {
      await fresh.close();
    }
  });
});

describe('packs: a team pack subscription', () => {
  const PACK_URL = 'https://packs.example.test/acme/team.json';
  let h: Harness;
  /** What the routed server answers next, and the requests it saw. */
  let answer: (route: Route) => Promise<void>;
  const seen: Array<Record<string, string>> = [];

  const packV1 = () => {
    const pack = JSON.parse(DEMO_PACK);
    pack.name = 'Acme team pack';
    return pack;
  };
  beforeAll(async () => {
    h = await launch();
    // Registered after the harness's catch-all abort, so this one answers first.
    await h.context.route('https://packs.example.test/**', async (route) => {
      seen.push(await route.request().allHeaders());
      return answer(route);
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('subscribes by https URL, refreshes with validators, keeps the last good copy on failure, shows conflicts, unsubscribes', async () => {
    const page = await optionsWithPermissionRecorder(h);
    const calls = () => permissionCalls(page);
    const error = page.getByTestId('wl-sub-error');

    // Not https: refused before any permission is asked for.
    await page.getByTestId('wl-sub-url').fill('http://packs.example.test/acme/team.json');
    await page.getByTestId('wl-sub-add').click();
    await expect.poll(() => error.textContent()).toContain('Only https://');
    expect(await calls()).toEqual([]);

    answer = json(packV1(), { ETag: '"v1"' });
    await page.getByTestId('wl-sub-url').fill(PACK_URL);
    await page.getByTestId('wl-sub-add').click();
    const item = page.getByTestId('wl-sub-item');
    const status = item.getByTestId('wl-sub-status');
    await expect.poll(() => item.getByTestId('wl-sub-name').textContent()).toBe('Acme team pack');
    expect(await calls()).toEqual([{ origins: ['https://packs.example.test/*'], inGesture: true }]);
    await expect.poll(() => status.textContent()).toContain('The pack holds 6 library items and 3 relationships');
    expect(await status.textContent()).toContain('Up to date: checked');
    expect(await item.getByTestId('wl-sub-managed').count()).toBe(0);
    expect((await storedContent(page, 'demo-msg-marketing-leaders')).meta.origin).toEqual({ kind: 'subscription', url: PACK_URL, packName: 'Acme team pack' });
    const alarm = await h.worker.evaluate((url) => chrome.alarms.get(`refresh:${url}`), PACK_URL);
    expect(alarm?.periodInMinutes).toBe(360);

    // Refresh now: the server sees our ETag and answers 304.
    answer = (route) => route.fulfill({ status: 304, headers: CORS });
    const requestsBefore = seen.length;
    await item.getByTestId('wl-sub-refresh').click();
    await expect.poll(() => seen.length).toBe(requestsBefore + 1);
    expect(seen.at(-1)?.['if-none-match']).toBe('"v1"');
    await expect.poll(() => item.getByTestId('wl-sub-refresh').isEnabled()).toBe(true);
    expect(await item.getByTestId('wl-sub-last-error').count()).toBe(0);

    // The server fails, then serves a broken pack: the error shows, the copy stays.
    answer = (route) => route.fulfill({ status: 500, headers: CORS, body: 'down' });
    await item.getByTestId('wl-sub-refresh').click();
    await expect.poll(() => item.getByTestId('wl-sub-last-error').textContent()).toContain('The server answered 500');
    expect(await item.getByTestId('wl-sub-last-error').textContent()).toContain('last good copy is kept');

    answer = (route) => route.fulfill({ status: 200, headers: CORS, contentType: 'application/json', body: '{"format": "warmline.pack", "version": 1, "content": [' });
    await item.getByTestId('wl-sub-refresh').click();
    await expect.poll(() => item.getByTestId('wl-sub-last-error').textContent()).toContain('not valid JSON');
    expect(await counts(page)).toEqual({ content: 6, relationships: 3 });
    expect(await status.textContent()).toContain('The pack holds 6 library items and 3 relationships');

    // A pack item edited here meets a newer version: kept, and listed as a conflict.
    await editLocally(page, 'demo-msg-marketing-leaders', 'My own opener');
    const v2 = packV1();
    v2.content[0].updatedAt = '2026-11-20T10:00:00Z';
    v2.content[0].title = 'Pack opener v2';
    v2.content[1].updatedAt = '2026-11-20T10:00:00Z';
    v2.content[1].title = 'Pack post v2';
    answer = json(v2, { ETag: '"v2"' });
    await item.getByTestId('wl-sub-refresh').click();
    const conflict = item.getByTestId('wl-sub-conflict');
    await expect.poll(() => conflict.textContent()).toContain('My own opener');
    expect(await conflict.textContent()).toContain(new Date('2026-11-20T10:00:00Z').toLocaleString('en-US'));
    expect(await item.getByTestId('wl-sub-last-error').count()).toBe(0);
    expect(await storedTitle(page, 'demo-msg-marketing-leaders')).toBe('My own opener');
    expect(await storedTitle(page, v2.content[1].id)).toBe('Pack post v2');

    // Unsubscribe, keeping what it brought: the subscription and its alarm go; the records stay.
    await item.getByTestId('wl-sub-remove').click();
    await expect.poll(() => item.getByTestId('wl-sub-leave').textContent()).toContain('This pack brought 6 library items and 3 relationships');
    await item.getByTestId('wl-sub-keep-records').click();
    await expect.poll(() => page.getByTestId('wl-sub-item').count()).toBe(0);
    expect(await h.worker.evaluate((url) => chrome.alarms.get(`refresh:${url}`), PACK_URL)).toBeFalsy();
    expect(await counts(page)).toEqual({ content: 6, relationships: 3 });
    await page.close();
  });

  it('shows a subscription set by the administrator as such, with no way to remove it', async () => {
    const MANAGED_URL = 'https://packs.example.test/acme/managed.json';
    const page = await h.extensionPage('options.html#packs');
    await putManagedSubscription(page, MANAGED_URL);
    await page.reload();
    const item = page.locator(`[data-testid="wl-sub-item"][data-url="${MANAGED_URL}"]`);
    await expect.poll(() => item.getByTestId('wl-sub-managed').textContent()).toBe('Set by your administrator.');
    expect(await item.getByTestId('wl-sub-remove').count()).toBe(0);
    expect(await item.getByTestId('wl-sub-refresh').count()).toBe(1);
    // The background refuses to remove it even when asked directly.
    const reply = await page.evaluate((url) => chrome.runtime.sendMessage({ type: 'subscription:delete', url }), MANAGED_URL);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('administrator') });
    await page.reload();
    await expect.poll(() => item.getByTestId('wl-sub-managed').count()).toBe(1);
    await page.close();
  });
});

describe('packs: messages a person can act on (issue 17, point 8)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('says once that a file of the wrong kind is not a pack or a CSV, and saves nothing', async () => {
    const page = await h.extensionPage('options.html#packs');
    const alert = page.getByTestId('wl-import-result').getByRole('alert');
    await choose(page, 'notes.txt', 'Call Jane on Monday.\nAsk about the pilot, and the budget.');
    await expect
      .poll(() => alert.textContent())
      .toBe(
        "notes.txt was not imported. This is not a Warmline pack or a relationships CSV. Choose the pack (.json) your team published, or a CSV with Warmline's columns (download the CSV template to see them). Nothing was saved.",
      );
    expect(await alert.locator('li').count()).toBe(0);

    // A spreadsheet with none of Warmline's columns: one sentence too.
    await choose(page, 'people.csv', 'Name,Phone\nAda Quinn,555-0100');
    await expect.poll(() => alert.textContent()).toContain('This is not a Warmline relationships CSV: none of its columns are ones Warmline reads.');
    expect(await alert.locator('li').count()).toBe(0);
    // LinkedIn's own export with a column missing: the network import says which (tests/e2e/network.e2e.ts has the rest).
    await choose(page, 'Connections.csv', 'First Name,Last Name,URL,Company\nAda,Quinn,https://www.linkedin.com/in/ada,Globex');
    await expect.poll(() => alert.textContent()).toContain('The header row (line 1) has no "Position" column.');
    expect(await alert.locator('li').count()).toBe(0);
    expect(await counts(page)).toEqual({ content: 0, relationships: 0 });
    await page.close();
  });

  it('lists what an import changes, item by item, before anything is saved', async () => {
    await (await h.importFile('demo.json', DEMO_PACK)).close();
    const next = JSON.parse(DEMO_PACK);
    next.content[0].title = 'Opener for marketing leaders, v2';
    next.content[0].updatedAt = '2026-12-01T09:00:00Z';
    next.content.push({ ...next.content[1], id: 'new-faq', title: 'Do you integrate with our CRM?', kind: 'faq' });
    next.relationships[0].strength = 5;
    next.relationships[0].updatedAt = '2026-12-01T09:00:00Z';
    const page = await h.extensionPage('options.html#packs');
    await choose(page, 'next.json', JSON.stringify(next));
    const changes = page.getByTestId('wl-import-change');
    await expect.poll(() => changes.allTextContents()).toEqual([
      'Updated “Opener for marketing leaders, v2” (library item: title)',
      'New “Do you integrate with our CRM?” (library item)',
      'Updated Jane Doe (Acme Robotics), known by Priya Shah (relationship: strength)',
    ]);
    expect(await page.getByTestId('wl-import-changes').locator('summary').textContent()).toBe('What changes (3)');
    expect(await counts(page)).toEqual({ content: 6, relationships: 3 });
    await page.getByTestId('wl-import-cancel').click();
    await page.close();
  });

  it('gives a CSV template that imports as it is', async () => {
    const page = await h.extensionPage('options.html#packs');
    const template = await download(page, 'wl-csv-template');
    expect(template.split('\r\n')[0]).toBe(CSV_HEADER);
    await choose(page, 'template.csv', template);
    expect(await page.getByTestId('wl-import-result').locator('.counts').textContent()).toBe('Added2Updated0Unchanged0Removed0Conflicts0Warnings0Errors0');
    await page.close();
  });

  it('adds https:// to a pack address typed without it, in the first run as on the Packs tab', async () => {
    await h.context.route('https://packs.example.test/**', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', headers: { 'Access-Control-Allow-Origin': '*' }, body: DEMO_PACK }),
    );
    const page = await optionsWithPermissionRecorder(h, '#start');
    await page.getByTestId('wl-start-pack-url').fill('packs.example.test/acme/team.json');
    await page.getByTestId('wl-start-subscribe').click();
    await expect.poll(() => permissionCalls(page)).toEqual([{ origins: ['https://packs.example.test/*'], inGesture: true }]);
    await page.locator('nav a[href="#packs"]').click();
    await page.locator('[data-testid="wl-sub-item"][data-url="https://packs.example.test/acme/team.json"]').waitFor();

    // What cannot be helped is said in a sentence, next to the field, not as the browser's "Please enter a URL."
    await page.getByTestId('wl-sub-url').fill('team pack');
    await page.getByTestId('wl-sub-add').click();
    await expect.poll(() => page.getByTestId('wl-sub-error').textContent()).toBe('That is not a web address. It should look like https://example.com/pack.json.');
    expect(await page.getByTestId('wl-sub-url').getAttribute('aria-invalid')).toBe('true');
    await page.close();
  });
});
