/**
 * The panel's frame sits inside LinkedIn's page. Where Chrome denies such a frame storage (third-
 * party storage partitioning switched off, as an enterprise policy can do: IndexedDB then answers
 * "The user denied permission to access the database"), the panel must work all the same: it
 * reads and writes only through the background. The same flows run with Chrome's defaults.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { clickSeen } from '../support/guarded-click';
import { launch, type Harness } from '../support/harness';

const ME = 'Robin Rep';
const JANE = fixture('profile-logged-in.html').url;
const ALEX = fixture('profile-no-company.html').url;

/** Feedback records in the store, read from an extension page (which has the store). */
function storedFeedback(page: Page): Promise<Array<{ contentId: string; verdict: string; actor?: string }>> {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('warmline');
        open.onerror = () => fail(open.error);
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

/** What the rep would see if the panel could not reach its data. */
async function expectNoStoreError(panel: Frame): Promise<void> {
  expect(await panel.getByText('could not read its data').count()).toBe(0);
}

describe.each([
  { mode: 'with Chrome’s defaults', storagePartitioning: true },
  { mode: 'with third-party storage partitioning switched off', storagePartitioning: false },
])('the panel $mode', ({ storagePartitioning }) => {
  let h: Harness;
  let options: Page;
  beforeAll(async () => {
    h = await launch({ storagePartitioning });
    options = await h.extensionPage('options.html#settings');
    await options.getByTestId('wl-settings-name').fill(ME);
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Settings saved.').waitFor();
    await (await h.importFile('demo.json', DEMO_PACK)).close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('shows the prospect’s intros, suggestions and what is new, and stays filled', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-intro').filter({ hasText: 'Priya Shah' }).waitFor();
    const opener = panel.locator('[data-testid="wl-suggestion"][data-content-id="demo-msg-marketing-leaders"]');
    expect(await opener.textContent()).toContain('Best,\nRobin');
    // The secondary parts, asked for after the first paint (where a store read used to fail).
    await panel.getByTestId('wl-lib-new-for-you').waitFor();
    await expectNoStoreError(panel);
    await page.close();
  });

  it('searches the library and records feedback', async () => {
    const page = await h.open(JANE);
    let panel = await h.panelFrame(page);
    await panel.getByTestId('wl-search').fill('budget');
    const result = panel.locator('[data-testid="wl-search-result"][data-content-id="demo-objection-budget"]');
    await result.waitFor();
    await clickSeen(result.getByTestId('wl-copy'));
    await result.getByTestId('wl-action-status').getByText('Copied').waitFor();

    // The next visit asks whether it landed.
    await page.reload();
    panel = await h.panelFrame(page);
    const verdict = panel.locator('[data-testid="wl-verdict"][data-content-id="demo-objection-budget"]');
    await clickSeen(verdict.getByTestId('wl-feedback-worked'));
    await verdict.getByText('Marked as worked. Thanks.').waitFor();
    await expect.poll(() => storedFeedback(options)).toEqual([expect.objectContaining({ contentId: 'demo-objection-budget', verdict: 'worked', actor: ME })]);
    await expectNoStoreError(panel);
    await page.close();
  });

  it('shows a flag saved in the popup at once, in the popup’s own words', async () => {
    const page = await h.open(ALEX);
    const panel = await h.panelFrame(page);
    await panel.getByTestId('wl-search').waitFor();
    expect(await panel.getByTestId('wl-intro').filter({ hasText: ME }).count()).toBe(0);
    const popup = await h.extensionPage(`popup.html?tabId=${await h.tabIdOf(page)}`);
    await expect.poll(() => popup.getByTestId('wl-flag-name').inputValue()).toBe('Alex Morgan');
    await popup.getByTestId('wl-flag-relation').selectOption('alumni');
    await popup.getByTestId('wl-flag-strength').selectOption('5');
    await popup.getByTestId('wl-flag-save').click();
    const flag = popup.getByTestId('wl-flag-item').filter({ hasText: 'Alex Morgan' });
    await flag.waitFor();

    // No reload: the background relays the popup's write to the open panel.
    const intro = panel.getByTestId('wl-intro').filter({ hasText: ME });
    await intro.waitFor();
    expect(await intro.getAttribute('data-match')).toBe('exact');
    for (const words of [/fellow alum/i, /Would pick up the phone today/]) {
      expect(await flag.textContent()).toMatch(words);
      expect(await intro.textContent()).toMatch(words);
    }
    await expectNoStoreError(panel);
    await Promise.all([popup.close(), page.close()]);
  });
});
