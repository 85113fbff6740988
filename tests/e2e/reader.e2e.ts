/**
 * The reader in Chromium, on every fixture page as a real browser parses it (tests/fixtures/
 * readings.ts, the same expectations the Node tests hold), and what a rep sees of it: the 2024
 * public page's headline and a suggestion its headline chose, the 2024 signed-in page's company
 * finding the team's intro, and "nobody to look up" where LinkedIn shows nobody.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, type Harness } from '../support/harness';
import { contentItem, packText, relationship } from '../support/builders';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { READ_FIELDS, READINGS } from '../fixtures/readings';

declare const chrome: { tabs: { sendMessage(tabId: number, message: object): Promise<unknown> } };

const PROSPECTS = Object.entries(READINGS).flatMap(([file, expected]) =>
  expected && !('noProspect' in expected) ? [{ file, expected }] : [],
);
const NOBODY = Object.entries(READINGS).flatMap(([file, expected]) => (expected && 'noProspect' in expected ? [{ file, reason: expected.noProspect }] : []));

describe('the reader in Chromium', () => {
  let h: Harness;
  let asker: Page;
  beforeAll(async () => {
    h = await launch();
    asker = await h.extensionPage('options.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  /** What the content script read on a page, asked as the popup asks it. */
  const snapshotOn = async (page: Page) => {
    const tabId = await h.tabIdOf(page);
    return asker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content:get-snapshot' }), tabId);
  };

  /** The panel on a fixture page, once these packs are in the library. */
  const panelOn = async (file: string, ...packs: Array<[name: string, text: string]>) => {
    for (const [name, text] of packs) await (await h.importFile(name, text)).close();
    const page = await h.open(fixture(file).url);
    return { page, panel: await h.panelFrame(page) };
  };

  it('reads every fixture page as in Node: each field, and the cue that gave it', async () => {
    const page = await h.context.newPage();
    for (const { file, expected } of PROSPECTS) {
      await page.goto(fixture(file).url);
      const want = { ...Object.fromEntries(READ_FIELDS.flatMap((field) => (expected[field] === undefined ? [] : [[field, expected[field]]]))), cues: expected.cues };
      await expect
        .poll(async () => {
          const read = (await snapshotOn(page)) as Record<string, unknown> | null;
          if (!read) return null;
          const { url: _url, cues, ...fields } = read as { url: string; cues: string[] };
          return { ...fields, cues: [...cues].sort() };
        }, { message: file })
        .toEqual(want);
    }
    await page.close();
  });

  it.each(NOBODY.filter(({ file }) => new URL(fixture(file).url).pathname.startsWith('/in/')))(
    'says there is nobody to look up on $file',
    async ({ file, reason }) => {
      const page = await h.open(fixture(file).url);
      const panel = await h.panelFrame(page);
      const nobody = panel.getByTestId('wl-no-prospect');
      await nobody.waitFor();
      expect(await nobody.getAttribute('data-reason')).toBe(reason);
      expect(await nobody.textContent()).toContain('Nobody to look up here');
      expect(await panel.getByTestId('wl-profile-name').textContent()).toBe('');
      expect(await panel.getByTestId('wl-suggestion').count()).toBe(0);
      expect(await panel.getByTestId('wl-intro').count()).toBe(0);
      expect(await snapshotOn(page)).toBeNull();
      await page.close();
    },
  );

  it('puts no panel on the authwall, which is no profile address', async () => {
    const page = await h.open(fixture('layouts/authwall.html').url);
    await page.getByRole('heading', { name: 'Join LinkedIn' }).waitFor();
    expect(await page.locator('warmline-panel').count()).toBe(0);
    await page.close();
  });

  it('shows the 2024 public page\'s headline, past the sign-in dialog, and suggests what the headline asks for', async () => {
    const treasury = contentItem({ id: 'treasury-note', title: 'Treasury in a week', body: 'Hi {{firstName}}, about treasury…', audience: { titles: ['treasury'] } });
    const { page, panel } = await panelOn(
      'layouts/profile-public-2024.html',
      ['treasury.json', packText({ name: 'Treasury pack', content: [treasury], relationships: [] })],
      ['demo.json', DEMO_PACK],
    );
    await expect.poll(() => panel.getByTestId('wl-profile-line').textContent()).toBe('VP Finance at Northwind Traders | FP&A, treasury and fundraising');

    const byHeadline = panel.locator('[data-testid="wl-suggestion"][data-content-id="treasury-note"]');
    await byHeadline.waitFor();
    expect(await byHeadline.textContent()).toContain("Headline: VP Finance at Northwind Traders | FP&A, treasury and fundraising matches 'treasury'");
    const finance = panel.locator('[data-testid="wl-suggestion"][data-content-id="demo-msg-finance"]');
    expect(await finance.textContent()).toContain("Title: VP Finance matches 'finance'");
    // The opener for marketing leaders is written for VPs too, but nothing in her title is marketing.
    expect(await panel.locator('[data-testid="wl-suggestion"][data-content-id="demo-msg-marketing-leaders"]').count()).toBe(0);
    await page.close();
  });

  it('reads the 2024 signed-in page\'s company from its button, and the team\'s intro at that company follows', async () => {
    const atFabrikam = relationship({ id: 'fabrikam-team', scope: 'company', person: undefined, company: { name: 'Fabrikam' }, knownBy: { name: 'Ola Owner' } });
    const { page, panel } = await panelOn('layouts/profile-signedin-2024.html', ['fabrikam.json', packText({ name: 'Fabrikam pack', content: [], relationships: [atFabrikam] })]);
    await expect.poll(() => panel.getByTestId('wl-profile-name').textContent()).toBe('Wilhelmina Ostergaard');
    const intro = panel.locator('[data-testid="wl-intro"][data-match="company"]');
    await intro.waitFor();
    expect(await intro.textContent()).toContain('Ola Owner');
    expect(await intro.textContent()).toContain('Fabrikam');
    await page.close();
  });
});
