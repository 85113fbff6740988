/**
 * The toolbar badge: how many warm intros the tab's profile has. Intro requests waiting for the
 * user's answer do not take the badge: the button's title says how many (and the popup lists them).
 */
import { browser } from 'wxt/browser';
import { readPanelMode } from '../browser-storage/panel-mode';
import type { ProfileSnapshot } from '../model/profile';
import { countWaitingForMe } from '../intros/requests';
import { loadWarmIntros } from '../prospect/view';
import { actionTitle } from './panel-mode';
import { allTabPages } from './tab-pages';

async function warmIntroCount(snapshot: ProfileSnapshot): Promise<number> {
  return (await loadWarmIntros(snapshot)).length;
}

async function updateBadge(tabId: number, snapshot: ProfileSnapshot | null): Promise<void> {
  await showIntroCount(tabId, snapshot ? await warmIntroCount(snapshot) : 0);
}

/** " · 2 intro requests wait for your answer", or nothing. */
export function waitingWords(waiting: number): string {
  return waiting > 0 ? ` · ${waiting} intro request${waiting === 1 ? ' waits' : 's wait'} for your answer` : '';
}

export async function showIntroCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  if (count > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#0a66c2' });
  const waiting = waitingWords(await countWaitingForMe().catch(() => 0));
  await browser.action.setTitle({
    tabId,
    title: (count > 0 ? `Warmline: ${count} warm intro${count === 1 ? '' : 's'} for this profile` : actionTitle((await readPanelMode()).mode)) + waiting,
  });
}

/**
 * In side-panel mode: the badge counts this prospect's intros a moment after the report, once the
 * side panel (which heard the same report) has read the store for them; the store answers one
 * read at a time, and the side panel is what the rep is looking at.
 */
export const SIDE_PANEL_BADGE_DELAY_MS = 300;

export function countIntrosLater(tabId: number, snapshot: ProfileSnapshot | null): void {
  setTimeout(() => void updateBadge(tabId, snapshot).catch(() => undefined), snapshot ? SIDE_PANEL_BADGE_DELAY_MS : 0);
}

export async function refreshAllBadges(): Promise<void> {
  // Tabs with no page of ours read the button's default title.
  const waiting = waitingWords(await countWaitingForMe().catch(() => 0));
  await browser.action.setTitle({ title: actionTitle((await readPanelMode()).mode) + waiting });
  for (const [tabId, page] of await allTabPages()) {
    await updateBadge(tabId, page.snapshot).catch(() => undefined);
  }
}
