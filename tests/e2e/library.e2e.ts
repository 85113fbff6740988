/** The library (issue 5): create with tokens, preview, approve, expiry, retire, validation, duplicate, filters. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toLocalInput } from '../../lib/library/local-time';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { launch, type Harness } from '../support/harness';

const JANE = fixture('profile-logged-in.html').url;
const DAY = 86_400_000;
const localIn = (days: number) => toLocalInput(new Date(Date.now() + days * DAY).toISOString());

type NewItem = { title: string; body: string; kind?: string; validFrom?: string; expiresAt?: string; titles?: string };

describe('the library on the options page', () => {
  let h: Harness;
  let options: Page;

  const row = (title: string) => options.getByTestId('wl-lib-row').filter({ hasText: title });
  const idOf = async (title: string) => (await row(title).getAttribute('data-content-id'))!;

  /** Fills the editor for a new item and saves it; returns with the editor still open. */
  const fillAndSave = async (item: NewItem) => {
    await options.getByTestId('wl-lib-new').click();
    const editor = options.getByTestId('wl-lib-editor');
    await editor.waitFor();
    if (item.kind) await options.getByTestId('wl-lib-kind').selectOption(item.kind);
    await options.getByTestId('wl-lib-title').fill(item.title);
    await options.getByTestId('wl-lib-body').fill(item.body);
    if (item.validFrom) await options.getByTestId('wl-lib-valid-from').fill(item.validFrom);
    if (item.expiresAt) await options.getByTestId('wl-lib-expires-at').fill(item.expiresAt);
    if (item.titles) await options.getByTestId('wl-lib-audience-titles').fill(item.titles);
    await options.getByTestId('wl-lib-save').click();
    await options.getByTestId('wl-lib-editor-status').getByText('Saved').waitFor();
  };
  const backToList = async () => {
    await options.getByTestId('wl-lib-back').click();
    await options.getByTestId('wl-lib-new').waitFor();
  };

  beforeAll(async () => {
    h = await launch();
    options = await h.extensionPage('options.html#library');
    await options.getByTestId('wl-lib-new').waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('creates an item with tokens, previews it, approves it, and Jane’s panel offers it personalised', async () => {
    await options.getByTestId('wl-lib-new').click();
    await options.getByTestId('wl-lib-title').fill('Robotics opener');
    const body = options.getByTestId('wl-lib-body');
    await body.fill('Hi ');
    await options.getByTestId('wl-lib-token-firstName').click();
    await options.keyboard.type(', saw you lead marketing at ');
    await options.getByTestId('wl-lib-token-company').click();
    await options.keyboard.type('. Cheers, ');
    await options.getByTestId('wl-lib-token-senderFirstName').click();
    expect(await body.inputValue()).toBe('Hi {{firstName}}, saw you lead marketing at {{company}}. Cheers, {{senderFirstName}}');

    // Live preview on the sample prospect; the sender is unknown yet, so it is a marked gap.
    const preview = options.getByTestId('wl-lib-preview');
    await expect.poll(() => preview.textContent()).toContain('Hi Jane, saw you lead marketing at Acme Robotics. Cheers, [senderFirstName?]');
    expect(await preview.locator('mark.gap').count()).toBe(1);

    await options.getByTestId('wl-lib-audience-titles').fill('marketing');
    await options.getByTestId('wl-lib-sales-note').fill('Use on marketing leaders after the robotics webinar.');
    const who = options.getByTestId('wl-lib-who');
    await expect.poll(() => who.locator('[data-prospect="jane"]').getAttribute('data-sees')).toBe('true');
    expect(await who.locator('[data-prospect="marcus"]').getAttribute('data-sees')).toBe('false');
    expect(await who.locator('[data-prospect="jane"]').textContent()).toContain("Title: VP of Marketing matches 'marketing'");
    // Every kind filled in must fit: Jane is a VP, but not in finance.
    await options.getByTestId('wl-lib-audience-titles').fill('finance');
    await options.getByTestId('wl-lib-seniority-vp').check();
    await expect.poll(() => who.locator('[data-prospect="jane"]').getAttribute('data-sees')).toBe('false');
    await options.getByTestId('wl-lib-seniority-vp').uncheck();
    await options.getByTestId('wl-lib-audience-titles').fill('marketing');
    await expect.poll(() => who.locator('[data-prospect="jane"]').getAttribute('data-sees')).toBe('true');

    // Approving asks who approves (Settings has no name yet) and records it.
    await options.getByTestId('wl-lib-approve').click();
    await options.getByTestId('wl-lib-approver-name').fill('Mia Marketer');
    await options.getByTestId('wl-lib-approver-confirm').click();
    await options.getByTestId('wl-lib-approved-by').getByText('Approved by Mia Marketer').waitFor();
    expect(await options.getByTestId('wl-lib-editor').getByTestId('wl-lib-status').getAttribute('data-availability')).toBe('live');
    await expect.poll(() => preview.textContent()).toContain('Cheers, Mia');
    await backToList();
    const id = await idOf('Robotics opener');

    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    const card = panel.locator(`[data-testid="wl-suggestion"][data-content-id="${id}"]`);
    await card.waitFor();
    expect(await card.textContent()).toContain('Hi Jane, saw you lead marketing at Acme Robotics. Cheers, Mia');
    await page.close();
  });

  it('keeps expired and retired items away from reps', async () => {
    await fillAndSave({ title: 'Old webinar invite', body: 'Join us, {{firstName}}', validFrom: localIn(-10), expiresAt: localIn(-1) });
    await options.getByTestId('wl-lib-approve').click();
    await options.getByTestId('wl-lib-approved-by').waitFor();
    expect(await options.getByTestId('wl-lib-editor').getByTestId('wl-lib-status').getAttribute('data-availability')).toBe('expired');
    await backToList();

    await fillAndSave({ title: 'Retired pricing note', body: 'Pricing for {{company}}' });
    await backToList();
    await row('Retired pricing note').getByTestId('wl-lib-row-approve').click();
    await row('Retired pricing note').getByTestId('wl-lib-row-retire').click();
    await expect.poll(() => row('Retired pricing note').getByTestId('wl-lib-status').getAttribute('data-status')).toBe('retired');
    expect(await row('Old webinar invite').getByTestId('wl-lib-status').getAttribute('data-availability')).toBe('expired');

    // A general, live item proves the panel has loaded the library before checking what is absent.
    await fillAndSave({ title: 'General hello', body: 'Hello {{firstName}}' });
    await options.getByTestId('wl-lib-approve').click();
    await options.getByTestId('wl-lib-approved-by').waitFor();
    await backToList();

    const [expired, retired, general] = [await idOf('Old webinar invite'), await idOf('Retired pricing note'), await idOf('General hello')];
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    await panel.locator(`[data-testid="wl-suggestion"][data-content-id="${general}"]`).waitFor();
    expect(await panel.locator(`[data-content-id="${expired}"]`).count()).toBe(0);
    expect(await panel.locator(`[data-content-id="${retired}"]`).count()).toBe(0);
    await page.close();
  });

  it('blocks an unknown token with an inline error and saves nothing', async () => {
    await options.getByTestId('wl-lib-new').click();
    await options.getByTestId('wl-lib-title').fill('Broken tokens');
    await options.getByTestId('wl-lib-body').fill('Hi {{nickname}}');
    const error = options.getByTestId('wl-lib-err-body');
    await expect.poll(() => error.textContent()).toContain('{{nickname}} is not a token Warmline fills in');
    expect(await options.getByTestId('wl-lib-body').getAttribute('aria-invalid')).toBe('true');
    await options.getByTestId('wl-lib-save').click();
    await options.getByTestId('wl-lib-editor-status').getByText('Not saved').waitFor();

    // Launch timing: a start in the last month of a (calendar) fiscal quarter warns.
    const year = new Date().getFullYear() + 1;
    await options.getByTestId('wl-lib-valid-from').fill(`${year}-03-15T09:00`);
    await expect.poll(() => options.getByTestId('wl-lib-timing-warning').textContent()).toContain('reps are closing the quarter');
    await options.getByTestId('wl-lib-valid-from').fill(`${year}-04-15T09:00`);
    await expect.poll(() => options.getByTestId('wl-lib-timing-warning').count()).toBe(0);

    await backToList();
    expect(await row('Broken tokens').count()).toBe(0);
  });

  it('duplicates an approved item as a draft copy with a new id', async () => {
    const original = await idOf('Robotics opener');
    await row('Robotics opener').getByTestId('wl-lib-row-duplicate').click();
    const copy = row('Copy of Robotics opener');
    await copy.waitFor();
    expect(await copy.getAttribute('data-content-id')).not.toBe(original);
    expect(await copy.getByTestId('wl-lib-status').getAttribute('data-status')).toBe('draft');
    // The original is untouched and still approved; the copy is listed first, as the newest.
    expect(await options.locator(`[data-testid="wl-lib-row"][data-content-id="${original}"] [data-testid="wl-lib-status"]`).getAttribute('data-status')).toBe('approved');
    expect(await options.getByTestId('wl-lib-row-title').first().textContent()).toBe('Copy of Robotics opener');
  });

  it('filters by status and kind, and deletes a draft after confirming', async () => {
    await fillAndSave({ title: 'Security FAQ', body: 'We are SOC 2 certified.', kind: 'faq' });
    await backToList();
    const titles = () => options.getByTestId('wl-lib-row-title').allTextContents();

    await options.getByTestId('wl-lib-filter-kind').selectOption('faq');
    await expect.poll(titles).toEqual(['Security FAQ']);
    await options.getByTestId('wl-lib-filter-kind').selectOption('');
    await options.getByTestId('wl-lib-filter-status').selectOption('retired');
    await expect.poll(titles).toEqual(['Retired pricing note']);
    await options.getByTestId('wl-lib-filter-status').selectOption('expired');
    await expect.poll(titles).toEqual(['Old webinar invite']);
    await options.getByTestId('wl-lib-filter-status').selectOption('draft');
    await expect.poll(async () => (await titles()).sort()).toEqual(['Copy of Robotics opener', 'Security FAQ']);
    await options.getByTestId('wl-lib-search').fill('soc');
    await expect.poll(titles).toEqual(['Security FAQ']);

    await row('Security FAQ').getByTestId('wl-lib-row-delete').click();
    await options.getByTestId('wl-lib-confirm-delete-yes').click();
    await expect.poll(titles).toEqual([]);
    await options.getByTestId('wl-lib-clear-filters').click();
    await expect.poll(async () => (await titles()).sort()).toEqual([
      'Copy of Robotics opener',
      'General hello',
      'Old webinar invite',
      'Retired pricing note',
      'Robotics opener',
    ]);
  });

  it('shows items someone else approved once as "new", with their sales note, until the rep says "Got it"; never the user\'s own', async () => {
    // Approved by Dana Marsh (the demo pack); "Robotics opener" was approved here, by this user.
    await (await h.importFile('demo.json', DEMO_PACK)).close();
    await options.reload();
    const news = options.getByTestId('wl-lib-new-for-you');
    await news.locator('summary').click();
    const opener = news.getByTestId('wl-lib-new-item').filter({ hasText: 'Opener for marketing leaders' });
    await opener.waitFor();
    expect(await opener.textContent()).toContain('Lead with alignment, not features.');
    expect(await news.getByTestId('wl-lib-new-item').filter({ hasText: 'Robotics opener' }).count()).toBe(0);
    expect(await news.getByTestId('wl-lib-new-item').filter({ hasText: 'General hello' }).count()).toBe(0);
    await opener.getByTestId('wl-lib-got-it').click();
    await expect.poll(() => opener.count()).toBe(0);
    await options.reload();
    await options.getByTestId('wl-lib-new').waitFor();
    await news.locator('summary').click();
    await news.getByTestId('wl-lib-new-item').first().waitFor();
    expect(await opener.count()).toBe(0);
    await news.getByTestId('wl-lib-got-it-all').click();
    await expect.poll(() => news.count()).toBe(0);
  });

  it('lists items expiring within 14 days by owner, and shows changes from another view at once', async () => {
    await fillAndSave({ title: 'Spring promo', body: 'Spring offer for {{company}}', expiresAt: localIn(3) });
    await options.getByTestId('wl-lib-owner').fill('Alex Owner');
    await options.getByTestId('wl-lib-save').click();
    await options.getByTestId('wl-lib-editor-status').getByText('Saved').waitFor();
    await backToList();
    const group = options.locator('[data-testid="wl-lib-expiring-group"][data-owner="Alex Owner"]');
    await group.waitFor();
    expect(await group.textContent()).toContain('Spring promo');
    expect(await group.textContent()).toContain('expires in 3 days');

    const other = await h.extensionPage('options.html#library');
    await other.getByTestId('wl-lib-row').filter({ hasText: 'Spring promo' }).getByTestId('wl-lib-row-approve').click();
    await expect.poll(() => row('Spring promo').getByTestId('wl-lib-status').getAttribute('data-status')).toBe('approved');
    await other.close();
  });
});

describe('the library with 5,000 items', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('renders a page of 100 rows, shows more on demand, and searches the whole library', async () => {
    const options = await h.extensionPage('options.html#library');
    await options.getByTestId('wl-lib-empty').waitFor();
    // Seed straight into the page's database (the page has opened it at the current version).
    await options.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('warmline');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('content', 'readwrite');
      for (let i = 0; i < 5000; i += 1) {
        tx.objectStore('content').put({
          id: `bulk-${i}`,
          kind: i % 2 ? 'post' : 'message',
          title: `Bulk item ${i}`,
          body: i === 4321 ? 'Needle in the haystack for {{firstName}}' : `Body ${i}`,
          status: i % 3 ? 'approved' : 'draft',
          owner: `Owner ${i % 20}`,
          tags: [`tag-${i % 50}`],
          updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
          meta: { origin: { kind: 'local' } },
        });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await options.reload();
    const count = options.getByTestId('wl-lib-count');
    await expect.poll(() => count.textContent()).toContain('5,000 items, showing the first 100');
    expect(await options.getByTestId('wl-lib-row').count()).toBe(100);
    expect(await options.getByTestId('wl-lib-row-title').first().textContent()).toBe('Bulk item 4999');
    await options.getByTestId('wl-lib-more').click();
    await expect.poll(() => options.getByTestId('wl-lib-row').count()).toBe(200);

    const started = Date.now();
    await options.getByTestId('wl-lib-search').fill('needle haystack');
    await expect.poll(() => options.getByTestId('wl-lib-row-title').allTextContents()).toEqual(['Bulk item 4321']);
    console.log(`search over 5,000 items, typed to shown: ${Date.now() - started} ms`);

    await options.getByTestId('wl-lib-search').fill('');
    await options.getByTestId('wl-lib-filter-owner').selectOption('Owner 7');
    await options.getByTestId('wl-lib-filter-status').selectOption('draft');
    // i % 20 === 7 and i % 3 === 0, that is i = 27 + 60k below 5,000: 83 items.
    await expect.poll(() => count.textContent()).toContain('83 of 5,000 items match');
    expect(await options.getByTestId('wl-lib-row').count()).toBe(83);
    await options.close();
  });
});

describe('working through the library list (issue 17, point 7)', () => {
  let h: Harness;
  let options: Page;
  const row = (title: string) => options.getByTestId('wl-lib-row').filter({ has: options.getByText(title, { exact: true }) });
  const titles = () => options.getByTestId('wl-lib-row-title').allTextContents();
  const stored = (id: string) =>
    options.evaluate(
      (key) =>
        new Promise<unknown>((done) => {
          const open = indexedDB.open('warmline');
          open.onsuccess = () => {
            const read = open.result.transaction('content').objectStore('content').get(key);
            read.onsuccess = () => {
              open.result.close();
              done(read.result);
            };
          };
        }),
      id,
    );
  /** Where the buttons of every other row are: what must not move while the user works down the list. */
  const othersButtons = (id: string) =>
    options
      .locator(`[data-testid="wl-lib-row"]:not([data-content-id="${id}"]) button`)
      .evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().y)));

  beforeAll(async () => {
    h = await launch();
    await (await h.importFile('demo.json', DEMO_PACK)).close();
    options = await h.extensionPage('options.html#settings');
    await options.getByTestId('wl-settings-name').fill('Mia Marketer');
    await options.getByTestId('wl-settings-role').selectOption('marketer');
    await options.getByTestId('wl-settings-save').click();
    await options.getByText('Settings saved.').waitFor();
    await options.locator('nav a[href="#library"]').click();
    await options.getByTestId('wl-lib-row').first().waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('retires in the row with Undo, and the list holds still', async () => {
    const order = await titles();
    const opener = row('Opener for marketing leaders');
    const before = await stored('demo-msg-marketing-leaders');
    const around = await othersButtons('demo-msg-marketing-leaders');

    await opener.getByTestId('wl-lib-row-retire').click();
    await expect.poll(() => opener.getByTestId('wl-lib-row-notice').textContent()).toBe('Retired: reps no longer see it. Undo');
    expect(await opener.getByTestId('wl-lib-status').getAttribute('data-status')).toBe('retired');
    // Not re-sorted: the row, and the buttons of the rows around it, are where they were.
    expect(await titles()).toEqual(order);
    expect(await othersButtons('demo-msg-marketing-leaders')).toEqual(around);

    await opener.getByTestId('wl-lib-row-undo').click();
    await expect.poll(() => opener.getByTestId('wl-lib-status').getAttribute('data-status')).toBe('approved');
    expect(await stored('demo-msg-marketing-leaders')).toEqual(before);
    expect(await titles()).toEqual(order);
  });

  it('keeps the next row’s button where it was after an action', async () => {
    const finance = row('ROI opener for finance leaders');
    const next = options.getByTestId('wl-lib-row').nth((await titles()).indexOf('ROI opener for finance leaders') + 1);
    const where = async () => (await next.getByTestId('wl-lib-row-duplicate').boundingBox())!.y;
    const y = await where();
    await finance.getByTestId('wl-lib-row-retire').click();
    await finance.getByTestId('wl-lib-row-notice').waitFor();
    expect(await where()).toBe(y);
    // One current status: the next action's notice replaces this one.
    await next.getByTestId('wl-lib-row-duplicate').click();
    await expect.poll(() => finance.getByTestId('wl-lib-row-notice').count()).toBe(0);
    await options.getByTestId('wl-lib-row-notice').getByText('Copied as a draft.').waitFor();
  });

  it('confirms a delete in the row, in red, and Undo brings the draft back', async () => {
    const copy = options.getByTestId('wl-lib-row').first();
    const id = (await copy.getAttribute('data-content-id'))!;
    const title = (await copy.getByTestId('wl-lib-row-title').textContent())!;
    expect(title.startsWith('Copy of ')).toBe(true);

    await copy.getByTestId('wl-lib-row-delete').click();
    const confirm = copy.getByTestId('wl-lib-confirm-delete');
    await confirm.waitFor();
    const yes = confirm.getByTestId('wl-lib-confirm-delete-yes');
    // Red: the page's error colour (#b3261e in the light theme).
    expect(await yes.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe('rgb(179, 38, 30)');
    await expect.poll(() => options.evaluate(() => document.activeElement?.textContent)).toBe('Keep it');

    await yes.click();
    const gone = options.locator(`[data-testid="wl-lib-row-deleted"][data-content-id="${id}"]`);
    await gone.waitFor();
    expect(await stored(id)).toBeUndefined();
    expect(await options.locator('tbody tr').first().getAttribute('data-content-id')).toBe(id);
    await gone.getByTestId('wl-lib-row-undo').click();
    await options.locator(`[data-testid="wl-lib-row"][data-content-id="${id}"]`).waitFor();
    expect(await stored(id)).toMatchObject({ id, title });
  });

  it('checks the editor’s fields again as they change, so old errors do not stay', async () => {
    await options.getByTestId('wl-lib-new').click();
    await options.getByTestId('wl-lib-save').click();
    await options.getByTestId('wl-lib-editor-status').getByText('Not saved: fix the fields marked in red.').waitFor();
    expect(await options.getByTestId('wl-lib-err-title').textContent()).toBe('Give it a title.');
    expect(await options.getByTestId('wl-lib-err-body').textContent()).toBe('Write the body.');

    await options.getByTestId('wl-lib-title').fill('Pilot offer');
    await expect.poll(() => options.getByTestId('wl-lib-err-title').count()).toBe(0);
    expect(await options.getByTestId('wl-lib-err-body').count()).toBe(1);
    await options.getByTestId('wl-lib-body').fill('A 30-day pilot, {{firstName}}?');
    await expect.poll(() => options.getByTestId('wl-lib-err-body').count()).toBe(0);
    await options.getByTestId('wl-lib-save').click();
    await options.getByTestId('wl-lib-editor-status').getByText('Saved as a draft: reps see it once it is approved.').waitFor();
    await options.getByTestId('wl-lib-back').click();
  });

  it('shows a marketer no "New for you" of the library they write', async () => {
    expect(await options.getByTestId('wl-lib-new-for-you').count()).toBe(0);
    expect(await options.getByTestId('wl-lib-rep-note').count()).toBe(0);
  });
});
