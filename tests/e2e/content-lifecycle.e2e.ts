/**
 * Issue 15, finding 4, in the built extension: WXT's content-script runtime told the page the
 * extension id (a DOM event and a window message named after it) and took the same event back from
 * the page as "a newer copy started: stop". The content script now owns its lifecycle: the page
 * learns nothing, and nothing it sends tears the panel down.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { launch, navigateInApp, type Harness } from '../support/harness';

type Heard = { messages: string[] };

describe('the content script\'s lifecycle is its own', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    await (await h.importFile('demo.json', DEMO_PACK)).close();
    // LinkedIn's own scripts, as it were: every window message the page receives from the start.
    await h.context.addInitScript(() => {
      const heard: Heard = { messages: [] };
      (window as unknown as { heard: Heard }).heard = heard;
      window.addEventListener('message', (event) => heard.messages.push(JSON.stringify(event.data) ?? String(event.data)));
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('tells the page nothing, survives the page replaying WXT\'s start event and message, and still follows in-app navigation', async () => {
    const page = await h.open(fixture('profile-logged-in.html').url);
    let panel = await h.panelFrame(page);
    await panel.getByTestId('wl-intro').filter({ hasText: 'Priya Shah' }).waitFor();
    const heard = await page.evaluate(() => (window as unknown as { heard: Heard }).heard.messages);
    expect(heard.filter((message) => message.includes(h.extensionId) || message.includes('wxt'))).toEqual([]);

    // What a page that learned the id (or guessed the scheme) sends to kill the panel.
    await page.evaluate((id) => {
      for (const script of ['linkedin', 'linkedin.content', 'content']) {
        const name = `${id}:${script}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: script, messageId: 'from-the-page' } }));
        window.postMessage({ type: name, contentScriptName: script, messageId: 'from-the-page' }, '*');
      }
    }, h.extensionId);

    // Still there, and still following the rep: the next profile, opened in-app.
    const marcus = fixture('profile-public.html');
    await navigateInApp(page, marcus);
    panel = await h.panelFrame(page);
    await expect.poll(() => panel.getByTestId('wl-profile-name').textContent(), { timeout: 15_000 }).toBe('Marcus Lee');
    expect(await page.locator('warmline-panel').count()).toBe(1);
    await page.close();
  });
});
