/**
 * An options page whose chrome.permissions.request is a recorder that says yes: the real prompt
 * cannot be answered in automated Chromium (it stays open; Playwright leaves extension permission
 * prompts out of scope). The recorder notes whether each call was made inside the click (user
 * activation), which the real prompt requires.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

export type PermissionCall = { origins: string[]; inGesture: boolean };

export async function optionsWithPermissionRecorder(h: Harness, hash = '#packs'): Promise<Page> {
  const page = await h.context.newPage();
  await page.addInitScript(() => {
    const granted = new Set<string>();
    const calls: Array<{ origins: string[]; inGesture: boolean }> = [];
    (window as unknown as { permissionCalls: typeof calls }).permissionCalls = calls;
    const permissions = (globalThis as unknown as { chrome: { permissions: Record<string, unknown> } }).chrome.permissions;
    const answerWith = <T,>(value: T, callback?: (v: T) => void) => {
      callback?.(value);
      return Promise.resolve(value);
    };
    Object.defineProperty(permissions, 'request', {
      configurable: true,
      value: (p: { origins: string[] }, callback?: (ok: boolean) => void) => {
        calls.push({ origins: p.origins, inGesture: navigator.userActivation.isActive });
        for (const origin of p.origins) granted.add(origin);
        return answerWith(true, callback);
      },
    });
    Object.defineProperty(permissions, 'contains', {
      configurable: true,
      value: (p: { origins: string[] }, callback?: (ok: boolean) => void) => answerWith(p.origins.every((o) => granted.has(o)), callback),
    });
  });
  await page.goto(`chrome-extension://${h.extensionId}/options.html${hash}`);
  return page;
}

/** The permission requests the page made so far. */
export function permissionCalls(page: Page): Promise<PermissionCall[]> {
  return page.evaluate(() => (window as unknown as { permissionCalls: PermissionCall[] }).permissionCalls);
}
