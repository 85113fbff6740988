/**
 * A person's browser with the built extension, in a team: joining on options.html#team as a
 * person does, the popup pointed at a tab, and reading what the extension's store holds.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { allRecords } from './extension-store';
import { launch, type Harness } from './harness';

/** A browser that may reach the team server (and linkedin.com from the fixtures), nothing else. */
export function teamBrowser(serverUrl: string): Promise<Harness> {
  return launch({ allowOrigins: [serverUrl] });
}

/** Joins on the Team tab with the server's address and a code; resolves once it says Connected. */
export async function joinTeam(h: Harness, serverUrl: string, code: string): Promise<Page> {
  const options = await h.extensionPage('options.html#team');
  await options.getByTestId('wl-team-url').fill(serverUrl);
  await options.getByTestId('wl-team-code').fill(code);
  await options.getByTestId('wl-team-join').click();
  await options.getByTestId('wl-team-status').getByText('Connected').waitFor({ timeout: 20_000 });
  return options;
}

/** The id of the tab showing `page`, once the background knows it. */
export async function tabOf(h: Harness, page: Page): Promise<number> {
  let id = -1;
  await expect.poll(async () => (id = await h.tabIdOf(page))).toBeGreaterThan(0);
  return id;
}

/** The popup, acting for the tab that shows `page` (TEST-HOOKS: popup.html?tabId=N). */
export async function popupFor(h: Harness, page: Page): Promise<Page> {
  const popup = await h.extensionPage(`popup.html?tabId=${await tabOf(h, page)}`);
  await popup.getByTestId('wl-flag-form').waitFor();
  return popup;
}

/** Flags the profile the popup shows: how they know them, how well, shared or private. */
export async function flagInPopup(popup: Page, { share = 'team', notes }: { share?: 'team' | 'private'; notes?: string } = {}): Promise<void> {
  await expect.poll(() => popup.getByTestId('wl-flag-name').inputValue()).not.toBe('');
  await popup.getByTestId('wl-flag-relation').selectOption('former-colleague');
  await popup.getByTestId('wl-flag-strength').selectOption('5');
  await popup.getByLabel('I agree to introduce reps to them').check();
  if (notes !== undefined) await popup.getByTestId('wl-flag-notes').fill(notes);
  await popup.getByTestId('wl-flag-share').selectOption(share);
  await popup.getByTestId('wl-flag-save').click();
  await popup.getByTestId('wl-flag-status').getByText(/^Saved:/).waitFor();
}

/** "Sync now" on the Team tab; resolves with what it said. */
export async function syncNow(options: Page): Promise<string> {
  await options.goto(options.url().replace(/#.*$/, '#team'));
  await options.getByTestId('wl-team-sync-now').click();
  const result = options.getByTestId('wl-team-sync-result');
  await expect.poll(() => result.textContent()).not.toBe('');
  return (await result.textContent()) ?? '';
}

/** The ids of one store's records in this browser. */
export async function storedIds(page: Page, store: string): Promise<string[]> {
  return (await allRecords<{ id: string }>(page, store)).map((record) => record.id).sort();
}

/** The bearer token the extension keeps in its own store (read here to prove where it does not go). */
export async function storedToken(h: Harness): Promise<string> {
  const page = await h.extensionPage('options.html#settings');
  const token = await page.evaluate(
    () =>
      new Promise<string>((done, fail) => {
        const open = indexedDB.open('warmline');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('meta').objectStore('meta').get('team.token');
          read.onsuccess = () => {
            open.result.close();
            done((read.result as { token: string }).token);
          };
        };
      }),
  );
  await page.close();
  return token;
}
