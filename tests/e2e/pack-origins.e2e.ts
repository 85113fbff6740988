/**
 * Issue 15, finding 1, in the built extension: a second subscription that reuses the official
 * pack's ids (and the id of a flag made here) cannot replace them, for good or for a moment.
 * Two subscriptions served over routed https, a popup flag, the panel on Jane's profile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { allRecords, recordById } from '../support/extension-store';
import { DEMO_PACK, fixture } from '../support/fixtures';
import { launch, type Harness } from '../support/harness';
import { json, subscribeFromOptions } from '../support/pack-host';
import { optionsWithPermissionRecorder } from '../support/permission-recorder';

const OFFICIAL = 'https://packs.example.test/acme/field.json';
const EVIL = 'https://evil.example.test/field.json';
const OPENER = 'demo-msg-marketing-leaders';
const JANE_REL = 'demo-rel-jane';

type Content = { id: string; title: string; body: string; url?: string; updatedAt: string };
type Rel = { id: string; knownBy: { name: string }; notes?: string; updatedAt: string; person?: { name: string } };
type Pack = { name: string; content: Content[]; relationships: Rel[] } & Record<string, unknown>;

const official = (): Pack => ({ ...JSON.parse(DEMO_PACK), name: 'Official pack' });

/** The evil host's pack: the official opener and Jane's relationship, and my flag, re-dated. */
function evilPack(flag: Rel, updatedAt: string): Pack {
  const base = official();
  const opener = base.content.find((item) => item.id === OPENER)!;
  const jane = base.relationships.find((rel) => rel.id === JANE_REL)!;
  return {
    ...base,
    name: 'Evil pack',
    publisher: { name: 'Acme Marketing' },
    content: [
      { ...opener, title: 'Phishing opener', body: 'Hi {{firstName}}, reset your password at https://evil.example.test/login', updatedAt },
      { ...opener, id: 'evil-extra', title: 'Evil extra', updatedAt: '2026-11-01T00:00:00Z' },
    ],
    relationships: [
      { ...jane, knownBy: { name: 'Mallory' }, notes: 'Call Mallory instead', updatedAt },
      { ...flag, knownBy: { name: 'Mallory' }, notes: 'Poisoned note', updatedAt },
    ],
  };
}

describe('a pack cannot overwrite what another origin owns', () => {
  let h: Harness;
  const answers = new Map<string, (route: Route) => Promise<void>>();
  /** Requests each pack URL has answered. */
  const served = new Map<string, number>();

  beforeAll(async () => {
    h = await launch();
    for (const host of ['https://packs.example.test/**', 'https://evil.example.test/**']) {
      await h.context.route(host, (route) => {
        const url = route.request().url();
        served.set(url, (served.get(url) ?? 0) + 1);
        const answer = answers.get(url);
        return answer ? answer(route) : route.abort();
      });
    }
  });
  afterAll(async () => {
    await h?.close();
  });

  /** A relationship flagged from the popup by hand: made here. */
  async function flagFromPopup(): Promise<Rel> {
    const popup = await h.extensionPage('popup.html');
    await popup.getByTestId('wl-you-name').fill('Robin Rep');
    await popup.keyboard.press('Enter');
    await popup.getByTestId('wl-flag-form').waitFor();
    await popup.getByTestId('wl-flag-name').fill('Ada Quinn');
    await popup.getByTestId('wl-flag-relation').selectOption('friend');
    await popup.getByTestId('wl-flag-notes').fill('My own note');
    await popup.getByTestId('wl-flag-save').click();
    await popup.getByTestId('wl-flag-item').filter({ hasText: 'Ada Quinn' }).waitFor();
    const [flag] = await allRecords<Rel & { meta: unknown }>(popup, 'relationships');
    await popup.close();
    expect(flag?.meta).toEqual({ origin: { kind: 'local' } });
    return flag!;
  }

  const row = (page: Page, url: string) => page.locator(`[data-testid="wl-sub-item"][data-url="${url}"]`);

  /** Refresh now: the host answers, and the row is done with it. */
  async function refresh(page: Page, url: string): Promise<void> {
    const before = served.get(url) ?? 0;
    const button = row(page, url).getByTestId('wl-sub-refresh');
    await button.click();
    await expect.poll(() => served.get(url) ?? 0).toBeGreaterThan(before);
    await expect.poll(() => button.textContent()).toBe('Refresh now');
  }

  it('replaces nothing, shows each reused id as a conflict, lets the official pack still update, and offers to remove the evil pack\'s records', async () => {
    const flag = await flagFromPopup();
    const page = await optionsWithPermissionRecorder(h);
    answers.set(OFFICIAL, json(official()));
    await subscribeFromOptions(page, OFFICIAL);
    expect((await recordById<Content & { meta: unknown }>(page, 'content', OPENER))?.meta).toEqual({
      origin: { kind: 'subscription', url: OFFICIAL, packName: 'Official pack' },
    });
    const before = { content: await allRecords(page, 'content'), relationships: await allRecords(page, 'relationships') };

    // Dated 9999-12-31: the file is refused whole, naming the record and the field.
    answers.set(EVIL, json(evilPack(flag, '9999-12-31T00:00:00Z')));
    await subscribeFromOptions(page, EVIL);
    const evilError = row(page, EVIL).getByTestId('wl-sub-last-error');
    await expect.poll(() => evilError.textContent()).toContain('“Phishing opener”: the update date (updatedAt) is 9999-12-31T00:00:00Z, more than a day in the future');
    expect({ content: await allRecords(page, 'content'), relationships: await allRecords(page, 'relationships') }).toEqual(before);

    // Dated today: still nothing of theirs is replaced; each reused id is a conflict, shown.
    answers.set(EVIL, json(evilPack(flag, '2026-11-29T00:00:00Z')));
    await refresh(page, EVIL);
    const conflicts = row(page, EVIL).getByTestId('wl-sub-conflict');
    await expect.poll(() => conflicts.count()).toBe(3);
    const texts = await conflicts.allTextContents();
    expect(texts.filter((text) => text.includes('yours came from Official pack'))).toHaveLength(2);
    expect(texts.filter((text) => text.includes('yours came from made here'))).toHaveLength(1);
    expect(await row(page, EVIL).getByTestId('wl-sub-last-error').count()).toBe(0);
    expect((await recordById<Content>(page, 'content', OPENER))?.title).toBe('Opener for marketing leaders');
    expect((await recordById<Rel>(page, 'relationships', JANE_REL))?.knownBy.name).toBe('Priya Shah');
    expect((await recordById<Rel>(page, 'relationships', flag.id))?.notes).toBe('My own note');
    expect((await recordById<Content>(page, 'content', 'evil-extra'))?.title).toBe('Evil extra');

    // The rep on Jane's profile sees the official opener and the real holder.
    const jane = await h.open(fixture('profile-logged-in.html').url);
    const panel = await h.panelFrame(jane);
    await panel.getByTestId('wl-intro').filter({ hasText: 'Priya Shah' }).waitFor();
    const opener = panel.locator(`[data-testid="wl-suggestion"][data-content-id="${OPENER}"]`);
    await expect.poll(() => opener.textContent()).toContain('I saw you lead marketing');
    expect(await panel.locator('body').textContent()).not.toContain('evil.example.test');
    expect(await panel.locator('body').textContent()).not.toContain('Mallory');
    await jane.close();

    // The official publisher's next version still updates its own item.
    const v2 = official();
    v2.content = v2.content.map((item) => (item.id === OPENER ? { ...item, title: 'Opener for marketing leaders, v2', updatedAt: '2026-11-28T00:00:00Z' } : item));
    answers.set(OFFICIAL, json(v2));
    await refresh(page, OFFICIAL);
    await expect.poll(async () => (await recordById<Content>(page, 'content', OPENER))?.title).toBe('Opener for marketing leaders, v2');

    // Unsubscribing from the evil pack offers to remove what it brought, and removes only that.
    await row(page, EVIL).getByTestId('wl-sub-remove').click();
    await expect.poll(() => row(page, EVIL).getByTestId('wl-sub-leave').textContent()).toContain('This pack brought 1 library item and 0 relationships');
    await row(page, EVIL).getByTestId('wl-sub-remove-records').click();
    await expect.poll(() => row(page, EVIL).count()).toBe(0);
    expect(await recordById(page, 'content', 'evil-extra')).toBeUndefined();
    expect((await recordById<Content>(page, 'content', OPENER))?.title).toBe('Opener for marketing leaders, v2');
    expect((await recordById<Rel>(page, 'relationships', flag.id))?.notes).toBe('My own note');
    expect(await allRecords(page, 'relationships')).toHaveLength(4);
    await page.close();
  });
});
