/**
 * "Did it land?" asked when it can be known (issue 17, point 6): not right after Copy, but on the
 * next visit to that prospect, or from the list in Insights; a verdict can be undone; an
 * objection has no kind until the rep picks one.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { clickSeen } from '../support/guarded-click';
import { drawCoverLettingClicksThrough } from '../support/page-cover';
import { launch, type Harness } from '../support/harness';

const JANE = fixture('profile-logged-in.html').url;

type Stored = { contentId: string; verdict: string; objection?: { text: string; tag: string } };

function storedFeedback(page: Page): Promise<Stored[]> {
  return page.evaluate(
    () =>
      new Promise<Stored[]>((done) => {
        const open = indexedDB.open('warmline');
        open.onsuccess = () => {
          const read = open.result.transaction('feedback').objectStore('feedback').getAll();
          read.onsuccess = () => {
            open.result.close();
            done(read.result);
          };
        };
      }),
  );
}

describe('verdicts', () => {
  let h: Harness;
  let store: Page;
  beforeAll(async () => {
    h = await launch();
    store = await h.extensionPage('options.html#settings');
    await store.getByTestId('wl-settings-name').fill('Robin Rep');
    await store.getByTestId('wl-settings-save').click();
    await store.getByText('Settings saved.').waitFor();
    await (await h.importFile('demo.json', DEMO_PACK)).close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('asks on the next visit, and takes a verdict back with Undo', async () => {
    const page = await h.open(JANE);
    let panel = await h.panelFrame(page);
    const opener = panel.locator('[data-testid="wl-suggestion"][data-content-id="demo-msg-marketing-leaders"]');
    await clickSeen(opener.getByTestId('wl-copy'));
    await opener.getByTestId('wl-action-status').getByText('Copied').waitFor();
    // Nothing was sent yet: nothing is asked on this visit.
    expect(await panel.getByTestId('wl-verdicts').count()).toBe(0);

    await page.reload();
    panel = await h.panelFrame(page);
    const verdict = panel.locator('[data-testid="wl-verdict"][data-content-id="demo-msg-marketing-leaders"]');
    await verdict.waitFor();
    expect(await verdict.textContent()).toContain('You copied Opener for marketing leaders for Jane earlier today.');

    await clickSeen(verdict.getByTestId('wl-feedback-worked'));
    await verdict.getByText('Marked as worked. Thanks.').waitFor();
    await expect.poll(() => storedFeedback(store)).toEqual([expect.objectContaining({ contentId: 'demo-msg-marketing-leaders', verdict: 'worked' })]);

    await verdict.getByTestId('wl-feedback-undo').click();
    await verdict.getByText('Taken back. Did it land?').waitFor();
    await expect.poll(() => storedFeedback(store)).toEqual([]);
    expect(await verdict.getByTestId('wl-feedback-worked').count()).toBe(1);
    await page.close();
  });

  it('counts a verdict only from a button the rep could see: under a cover the page drew, it holds and keeps nothing', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    const worked = panel.locator('[data-testid="wl-verdict"][data-content-id="demo-msg-marketing-leaders"]').getByTestId('wl-feedback-worked');
    await worked.scrollIntoViewIfNeeded();
    await expect.poll(() => worked.getAttribute('data-seen')).toBe('');
    const box = (await worked.boundingBox())!;
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    await drawCoverLettingClicksThrough(page, { ...at, width: 200, height: 80, text: 'Claim your prize' });
    await expect.poll(() => worked.getAttribute('data-seen')).toBeNull();

    await page.mouse.click(at.x, at.y);

    await panel.getByTestId('wl-guard-held').waitFor();
    expect(await storedFeedback(store)).toEqual([]);
    await page.close();
  });

  it('has no objection kind until the rep picks one', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    const verdict = panel.locator('[data-testid="wl-verdict"][data-content-id="demo-msg-marketing-leaders"]');
    await verdict.getByTestId('wl-feedback-objection').click();
    expect(await verdict.getByTestId('wl-objection-tag').inputValue()).toBe('');
    await verdict.getByTestId('wl-objection-text').fill('Already use Contoso for this');
    await clickSeen(verdict.getByTestId('wl-objection-save'));
    await verdict.getByText('Choose what the objection was about.').waitFor();
    expect(await storedFeedback(store)).toEqual([]);

    await verdict.getByTestId('wl-objection-tag').selectOption('competitor');
    await clickSeen(verdict.getByTestId('wl-objection-save'));
    await verdict.getByText('Objection logged. Thanks.').waitFor();
    await expect
      .poll(() => storedFeedback(store))
      .toEqual([expect.objectContaining({ verdict: 'objection', objection: { text: 'Already use Contoso for this', tag: 'competitor' } })]);
    await page.close();
  });

  it('lists in Insights what waits for a verdict, and counts a verdict given there with what it rests on', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    const faq = panel.locator('[data-testid="wl-suggestion"][data-content-id="demo-faq-security"]');
    await clickSeen(faq.getByTestId('wl-copy'));
    await faq.getByTestId('wl-action-status').getByText('Copied').waitFor();
    await page.close();

    const insights = await h.extensionPage('options.html#insights');
    const waiting = insights.locator('[data-testid="wl-awaiting"][data-content-id="demo-faq-security"]');
    await waiting.waitFor();
    expect(await waiting.textContent()).toContain('Where is our data kept? (security FAQ) for Jane Doe, copied');
    const trust = insights.getByTestId('wl-insight-trust');
    expect(await trust.getAttribute('data-answers')).toBe('0');

    await waiting.getByTestId('wl-feedback-didnt').click();
    await waiting.getByText("Marked as didn't land. Thanks.").waitFor();
    await expect.poll(() => trust.getAttribute('data-answers')).toBe('1');
    expect(await insights.getByTestId('wl-insight-trust-basis').textContent()).toBe("landed, from 1 answer: 0 worked, 1 didn't land");
    expect(await trust.textContent()).toContain('0%');

    // Answered rows stay with their Undo; Undo takes the verdict out of the figures again.
    await waiting.getByTestId('wl-feedback-undo').click();
    await expect.poll(() => trust.getAttribute('data-answers')).toBe('0');
    expect(await waiting.getByTestId('wl-feedback-didnt').count()).toBe(1);
    await insights.close();
  });
});
