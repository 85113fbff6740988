/**
 * Code run in Warmline's content-script world on a page (Playwright cannot reach an isolated
 * world; the DevTools protocol can): what a script that took over the content script could do.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/** Evaluates an expression (awaited, returned by value) in the content script's world on `page`. */
export type WorldEval = (expression: string) => Promise<{ value: unknown; threw: boolean }>;

export async function contentScriptWorld(h: Harness, page: Page): Promise<WorldEval> {
  const cdp = await h.context.newCDPSession(page);
  const worlds: Array<{ id: number; name: string; origin: string }> = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: { id: number; name: string; origin: string } }) => worlds.push(event.context));
  await cdp.send('Runtime.enable');
  const world = worlds.find((w) => w.name === 'Warmline' && w.origin.startsWith(`chrome-extension://${h.extensionId}`));
  if (!world) throw new Error(`no Warmline content-script world on the page: ${JSON.stringify(worlds)}`);
  return async (expression) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
    return { value: result.value as unknown, threw: exceptionDetails !== undefined };
  };
}
