/**
 * Warm intros as a rep reads them (issue 17, point 4): three teammates know Jane; the one who will
 * introduce and is surely about her comes first, marked as the best path; each says how in a
 * plain sentence; only those who agreed get an Ask button; the note reads as a person wrote it;
 * and the request counts once the note leaves the panel (point 6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickSeen } from '../support/guarded-click';
import { fixture } from '../support/fixtures';
import { launch, type Harness } from '../support/harness';

const JANE = fixture('profile-logged-in.html').url;
const AT = '2026-10-01T09:00:00Z';
const holders = [
  // A likely match (same name and company, no profile link), barely known, who has not offered.
  {
    id: 'leo',
    scope: 'person',
    person: { name: 'Jane Doe' },
    company: { name: 'Acme Robotics' },
    relation: 'alumni',
    strength: 2,
    knownBy: { name: 'Leo Park', team: 'Sales' },
    canIntro: false,
    createdAt: AT,
    updatedAt: AT,
  },
  // Knows people at her company, very well, and will introduce.
  {
    id: 'ana',
    scope: 'company',
    company: { name: 'Acme Robotics' },
    relation: 'customer',
    strength: 5,
    knownBy: { name: 'Ana Costa', team: 'Customer Success' },
    canIntro: true,
    createdAt: AT,
    updatedAt: AT,
  },
  // Flagged on her very profile, knows her, will introduce; nothing of the qualification recorded.
  {
    id: 'priya',
    scope: 'person',
    person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe-8a1b2c/' },
    relation: 'former-colleague',
    strength: 3,
    knownBy: { name: 'Priya Shah', email: 'priya@example.com', team: 'Field Marketing' },
    howWeKnow: 'Worked together at Initech.',
    canIntro: true,
    createdAt: AT,
    updatedAt: AT,
  },
];
const PACK = JSON.stringify({ format: 'warmline.pack', version: 1, name: 'Holders', relationships: holders });

describe('warm intros for a prospect three teammates know', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
    const options = await h.extensionPage('options.html#settings');
    await options.getByTestId('wl-settings-name').fill('Robin Rep');
    await options.getByTestId('wl-settings-save').click();
    await options.getByText('Settings saved.').waitFor();
    await options.close();
    await (await h.importFile('holders.json', PACK)).close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('orders them by the best path, in plain sentences, with Ask only where the holder agreed', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    const intros = panel.getByTestId('wl-intro');
    await intros.nth(2).waitFor();
    expect(await intros.evaluateAll((cards) => cards.map((card) => [card.getAttribute('data-match'), card.getAttribute('data-best')]))).toEqual([
      ['exact', 'true'],
      ['company', null],
      ['likely', null],
    ]);
    const [priya, ana, leo] = [intros.nth(0), intros.nth(1), intros.nth(2)];
    expect(await priya.textContent()).toContain('Best path');
    expect(await priya.textContent()).toContain('Priya worked with Jane.');
    expect(await priya.textContent()).toContain('Qualification not recorded');
    // The prospect is named once, by first name: not "Former colleague · Jane Doe".
    expect(await priya.textContent()).not.toContain('Jane Doe');
    expect(await ana.textContent()).toContain('Ana knows people at Acme Robotics, a customer.');
    expect(await ana.textContent()).toContain('Ana is happy to introduce you.');
    expect(await leo.textContent()).toContain('Leo and Jane are fellow alumni.');
    expect(await leo.textContent()).toContain('Leo has not offered to introduce.');

    expect(await priya.getByTestId('wl-ask-intro').count()).toBe(1);
    expect(await ana.getByTestId('wl-ask-intro').count()).toBe(1);
    expect(await leo.getByTestId('wl-ask-intro').count()).toBe(0);
    await page.close();
  });

  it('drafts a note a person would send, and counts the request once it leaves the panel', async () => {
    const page = await h.open(JANE);
    const panel = await h.panelFrame(page);
    const priya = panel.getByTestId('wl-intro').first();
    await priya.getByTestId('wl-ask-intro').click();
    const note = (await priya.getByTestId('wl-intro-note').inputValue()) ?? '';
    expect(note.startsWith('Hi Priya,\n\nWould you be open to introducing me to Jane Doe, VP of Marketing at Acme Robotics? You worked together')).toBe(true);
    expect(note.match(/Jane/g)).toHaveLength(1);
    expect(note).not.toContain('Warmline');
    expect(note.endsWith('Thanks,\nRobin')).toBe(true);
    expect(await priya.getByTestId('wl-intro-email').getAttribute('href')).toMatch(/^mailto:priya%40example\.com\?subject=Intro%20to%20Jane%20Doe%3F/);

    const insights = await h.extensionPage('options.html#insights');
    const outreach = insights.getByTestId('wl-insight-revenue');
    await outreach.waitFor();
    expect(await outreach.getAttribute('data-intros')).toBe('0');
    // No card calls itself revenue: it holds none.
    expect(await insights.getByTestId('wl-insights').textContent()).not.toContain('Revenue');

    await clickSeen(priya.getByTestId('wl-intro-copy'));
    await expect.poll(() => priya.getByTestId('wl-action-status').textContent()).toBe('Note copied: send it to Priya Shah.');
    await expect.poll(() => outreach.getAttribute('data-intros')).toBe('1');
    expect(await outreach.textContent()).toContain('Intro requests sent');
    // Emailing the note counts as well, from a link the rep could see (through the panel's guard).
    await clickSeen(priya.getByTestId('wl-intro-email'));
    await expect.poll(() => outreach.getAttribute('data-intros')).toBe('2');
    await insights.close();
    await page.close();
  });
});
