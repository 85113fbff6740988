/**
 * Nothing with an unfilled value leaves the panel (issue 17, point 2): Copy, Insert and Share
 * refuse while a value is unknown and point at it; the rep fills it in place; a missing sender
 * name links to Settings; a public post is never personalised to one prospect.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantClipboard, readClipboard, writeClipboard } from '../support/clipboard';
import { clickSeen } from '../support/guarded-click';
import { clickIntoMessage } from '../support/message-overlay';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { launch, type Harness } from '../support/harness';

const JANE = fixture('profile-logged-in.html').url;
const ALEX = fixture('profile-no-company.html').url;

const pack = JSON.parse(DEMO_PACK);
const post = (id: string, title: string, body: string) => ({
  id,
  kind: 'post',
  title,
  body,
  url: `https://warmline.example/${id}`,
  status: 'approved',
  updatedAt: '2026-11-01T09:00:00Z',
});
pack.content.push(
  post('post-names-them', 'Congratulations post', 'Congratulations to everyone at {{company}} on the launch!'),
  post('post-signed', 'Field guide post', 'Our field guide is out: a short read on warm outreach. {{senderFirstName}}'),
);

/** Copy, insert and share activities in the store, read from an extension page. */
async function activities(h: Harness): Promise<Array<{ action: string; contentId?: string }>> {
  const page = await h.extensionPage('options.html#settings');
  const all = await page.evaluate(
    () =>
      new Promise<Array<{ action: string; contentId?: string }>>((done) => {
        const open = indexedDB.open('warmline');
        open.onsuccess = () => {
          const read = open.result.transaction('activities').objectStore('activities').getAll();
          read.onsuccess = () => {
            open.result.close();
            done(read.result);
          };
        };
      }),
  );
  await page.close();
  return all;
}

async function searchCard(panel: Frame, words: string, id: string) {
  await panel.getByTestId('wl-search').fill(words);
  const card = panel.locator(`[data-testid="wl-search-result"][data-content-id="${id}"]`);
  await card.waitFor();
  return card;
}

describe('gaps: nothing unfilled leaves the panel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await grantClipboard(h);
    // No name in the settings: the sender's tokens are gaps too.
    await (await h.importFile('demo.json', JSON.stringify(pack))).close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses Copy while a value is unknown, points at it, then copies what the rep filled in', async () => {
    const page = await h.open(ALEX);
    const panel = await h.panelFrame(page);
    const card = await searchCard(panel, 'ROI', 'demo-msg-finance');
    await writeClipboard(h, 'untouched');

    await clickSeen(card.getByTestId('wl-copy'));
    await expect
      .poll(() => card.getByTestId('wl-action-status').textContent())
      .toBe('Fill in their company and your name first: nothing with a gap leaves the panel.');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-token'))).toBe('company');
    expect(await readClipboard(h)).toBe('untouched');
    expect((await activities(h)).filter((a) => a.action === 'copy')).toEqual([]);

    await card.locator('[data-testid="wl-gap"][data-token="company"]').fill('Hooli');
    await card.locator('[data-testid="wl-gap"][data-token="senderName"]').fill('Sam Seller');
    // The message shows what was typed, in place.
    expect(await card.locator('.body').textContent()).toContain('finance teams at companies like Hooli ask us');
    await clickSeen(card.getByTestId('wl-copy'));
    await expect.poll(() => card.getByTestId('wl-action-status').textContent()).toContain('Copied');
    const copied = await readClipboard(h);
    expect(copied).toContain('finance teams at companies like Hooli ask us one thing first');
    expect(copied.endsWith('Sam Seller')).toBe(true);
    expect(copied).not.toMatch(/\[|\{\{/);
    await page.close();
  });

  it('refuses Insert until the sender’s name is filled, and links to where it is set once', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    const opener = panel.locator('[data-testid="wl-suggestion"][data-content-id="demo-msg-marketing-leaders"]');
    const link = opener.getByTestId('wl-set-name');
    expect(await link.getAttribute('href')).toBe('options.html#settings');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(`chrome-extension://${h.extensionId}/options.html#settings`);

    await clickSeen(opener.getByTestId('wl-insert'));
    await expect.poll(() => opener.getByTestId('wl-action-status').textContent()).toContain('Fill in your first name first');
    const box = page.locator('.msg-form__contenteditable');
    expect((await box.textContent())?.trim()).toBe('');

    await opener.locator('[data-testid="wl-gap"][data-token="senderFirstName"]').fill('Sam');
    await clickIntoMessage(page);
    await clickSeen(opener.getByTestId('wl-insert'));
    await expect.poll(() => box.textContent()).toContain('Open to a 20-minute look next week?');
    expect(await box.textContent()).toContain('Sam');
    expect(await box.textContent()).not.toMatch(/\[|\{\{/);
    await page.close();
  });

  it('never personalises a public post to one prospect', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);

    // A post that names the prospect cannot be shared at all; it can still go into a message.
    const naming = await searchCard(panel, 'congratulations', 'post-names-them');
    expect(await naming.getByTestId('wl-share').count()).toBe(0);
    expect(await naming.getByTestId('wl-not-public').textContent()).toBe(
      'Not for a public post: it names one person (their company). Copy or insert it into a message instead.',
    );
    expect(await naming.getByTestId('wl-copy').count()).toBe(1);

    // A post signed by the rep: refused until the rep's name is filled, then shared with it and nothing of Jane's.
    const signed = await searchCard(panel, 'field guide', 'post-signed');
    await clickSeen(signed.getByTestId('wl-share'));
    await expect.poll(() => signed.getByTestId('wl-action-status').textContent()).toContain('Fill in your first name first');
    expect(h.context.pages().some((open: Page) => open.url().includes('shareActive'))).toBe(false);
    await signed.locator('[data-testid="wl-gap"][data-token="senderFirstName"]').fill('Sam');
    const [composer] = await Promise.all([h.context.waitForEvent('page'), clickSeen(signed.getByTestId('wl-share'))]);
    await composer.waitForURL(/shareActive=true/);
    const text = new URL(composer.url()).searchParams.get('text') ?? '';
    expect(text.startsWith('Our field guide is out: a short read on warm outreach. Sam')).toBe(true);
    expect(text).not.toMatch(/Jane|Acme/);
    await composer.close();
    await page.close();
  });
});
