/**
 * A team pack's host in the e2e tests: https answers routed by Playwright, and the options page
 * with the host permission prompt played by a recorder.
 */
import type { Page, Route } from 'playwright-core';
import type { Harness } from './harness';

/**
 * The permission is not really granted in automation (see optionsWithPermissionRecorder), so the
 * background's fetch is a CORS request: the server, like a CORS-enabled bucket, exposes its validators.
 */
export const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag, Last-Modified' };

/** An answer serving `body` as JSON. */
export const json =
  (body: unknown, headers: Record<string, string> = {}) =>
  (route: Route): Promise<void> =>
    route.fulfill({ status: 200, contentType: 'application/json', headers: { ...CORS, ...headers }, body: JSON.stringify(body) });

/**
 * The options page, with chrome.permissions.request replaced by a recorder that says yes: the
 * real prompt cannot be answered in automated Chromium (it stays open; Playwright leaves
 * extension permission prompts out of scope). The recorder notes whether the call was made
 * inside the click (user activation), which the real prompt requires.
 */
export async function optionsWithPermissionRecorder(h: Harness): Promise<Page> {
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
  await page.goto(`chrome-extension://${h.extensionId}/options.html#packs`);
  return page;
}

/** Subscribes from the options page to `url`; resolves once its row shows the pack's name. */
export async function subscribeFromOptions(page: Page, url: string): Promise<void> {
  await page.getByTestId('wl-sub-url').fill(url);
  await page.getByTestId('wl-sub-add').click();
  await page.locator(`[data-testid="wl-sub-item"][data-url="${url}"] [data-testid="wl-sub-status"]`).getByText('Last success').waitFor();
}
