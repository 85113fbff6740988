/** A team pack's host in the e2e tests: https answers routed by Playwright. */
import { expect } from 'vitest';
import type { Page, Route } from 'playwright-core';

/**
 * The permission is not really granted in automation (./permission-recorder.ts), so the
 * background's fetch is a CORS request: the server, like a CORS-enabled bucket, exposes its validators.
 */
export const CORS = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag, Last-Modified' };

/** An answer serving `body` as JSON. */
export const json =
  (body: unknown, headers: Record<string, string> = {}) =>
  (route: Route): Promise<void> =>
    route.fulfill({ status: 200, contentType: 'application/json', headers: { ...CORS, ...headers }, body: JSON.stringify(body) });

/** Subscribes from the options page to `url`; resolves once the pack was fetched (or failed to be). */
export async function subscribeFromOptions(page: Page, url: string): Promise<void> {
  await page.getByTestId('wl-sub-url').fill(url);
  await page.getByTestId('wl-sub-add').click();
  const status = page.locator(`[data-testid="wl-sub-item"][data-url="${url}"] [data-testid="wl-sub-status"]`);
  await expect.poll(async () => ((await status.count()) ? await status.textContent() : 'Not checked yet.')).not.toContain('Not checked yet');
}
