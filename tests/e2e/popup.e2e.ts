/** The marketer's popup (issue 4): prefill, company flag, manual entry, duplicates, panel, undo, draft. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fixture } from '../support/fixtures';
import { launch, type Harness } from '../support/harness';

const JANE = fixture('profile-logged-in.html').url;
const MARCUS = fixture('profile-public.html').url;
const NORTHWIND = fixture('company.html').url;
const ME = 'Mia Marketer';

describe('the popup flags relationships', () => {
  let h: Harness;

  /** The id of the (first) tab whose URL starts with `url`, as the background sees it. */
  const tabIdOf = async (url: string): Promise<number> => {
    let id: number | undefined;
    await expect
      .poll(async () => {
        id = await h.worker.evaluate(
          async (prefix) => (await chrome.tabs.query({})).find((tab) => tab.url?.startsWith(prefix))?.id,
          url,
        );
        return id;
      })
      .toBeTypeOf('number');
    return id!;
  };

  /** Opens the profile and the popup pointed at its tab; resolves once the form shows. */
  const popupFor = async (url: string): Promise<{ page: Page; popup: Page }> => {
    const page = await h.open(url);
    const popup = await h.extensionPage(`popup.html?tabId=${await tabIdOf(url)}`);
    await popup.getByTestId('wl-flag-form').waitFor();
    return { page, popup };
  };

  const manualPopup = async (): Promise<Page> => {
    const popup = await h.extensionPage('popup.html');
    await popup.getByTestId('wl-flag-form').waitFor();
    return popup;
  };

  const storedRelationships = (popup: Page) =>
    popup.evaluate(
      () =>
        new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
          const open = indexedDB.open('warmline');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('relationships').objectStore('relationships').getAll();
            request.onsuccess = () => {
              resolve(request.result);
              open.result.close();
            };
            request.onerror = () => reject(request.error);
          };
        }),
    );

  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('asks for the user\'s name once, on first use, then shows the form', async () => {
    const popup = await h.extensionPage('popup.html');
    await popup.getByTestId('wl-you-save').click();
    await popup.getByText('Enter your name').waitFor();
    expect(await popup.getByTestId('wl-flag-form').count()).toBe(0);
    await popup.getByLabel('Your name').fill(ME);
    await popup.getByLabel('Team').fill('Brand');
    await popup.keyboard.press('Enter');
    await popup.getByTestId('wl-flag-form').waitFor();
    await popup.close();
    const again = await manualPopup();
    expect(await again.getByTestId('wl-you-form').count()).toBe(0);
    expect(await again.textContent('header')).toContain(ME);
    await again.close();
  });

  it.each([
    [JANE, 'Jane Doe', 'Acme Robotics', 'https://www.linkedin.com/in/jane-doe-8a1b2c/'],
    [MARCUS, 'Marcus Lee', 'Northwind Traders', 'https://www.linkedin.com/in/marcus-lee-cfo/'],
  ])('prefills from the profile at %s', async (url, name, company, canonical) => {
    const { page, popup } = await popupFor(url);
    await expect.poll(() => popup.getByTestId('wl-flag-name').inputValue()).toBe(name);
    expect(await popup.getByTestId('wl-flag-company').inputValue()).toBe(company);
    expect(await popup.getByTestId('wl-flag-url').inputValue()).toBe(canonical);
    expect(await popup.getByLabel('A person').isChecked()).toBe(true);
    await popup.close();
    await page.close();
  });

  it('offers a company-level flag on a company page and saves it', async () => {
    const { page, popup } = await popupFor(NORTHWIND);
    await expect.poll(() => popup.getByTestId('wl-flag-company').inputValue()).toBe('Northwind Traders');
    expect(await popup.getByLabel(/A company/).isChecked()).toBe(true);
    expect(await popup.getByTestId('wl-flag-url').inputValue()).toBe('https://www.linkedin.com/company/northwind-traders/');
    await popup.getByTestId('wl-flag-relation').selectOption('partner');
    await popup.getByTestId('wl-flag-save').click();
    await popup.getByTestId('wl-flag-item').filter({ hasText: 'Northwind Traders' }).waitFor();
    const saved = (await storedRelationships(popup)).find((rel) => rel.scope === 'company');
    expect(saved).toMatchObject({
      scope: 'company',
      company: { name: 'Northwind Traders', linkedinUrl: 'https://www.linkedin.com/company/northwind-traders/' },
      relation: 'partner',
      knownBy: { name: ME, team: 'Brand' },
      meta: { origin: { kind: 'local' } },
    });
    await popup.close();
    await page.close();
  });

  it('shows problems inline, and a saved flag appears in the open panel without a reload', async () => {
    const { page, popup } = await popupFor(JANE);
    const panel = await h.panelFrame(page);
    await expect.poll(() => popup.getByTestId('wl-flag-name').inputValue()).toBe('Jane Doe');
    expect(await panel.getByTestId('wl-intro').filter({ hasText: ME }).count()).toBe(0);

    // Nothing chosen for relation: the save is refused next to that field, and focus goes there.
    await popup.getByTestId('wl-flag-save').click();
    await popup.getByText('Choose how you know them.').waitFor();
    expect(await popup.getByTestId('wl-flag-relation').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('wl-flag-relation');

    await popup.getByTestId('wl-flag-relation').selectOption('former-colleague');
    await popup.getByTestId('wl-flag-strength').selectOption('5');
    await popup.getByTestId('wl-flag-notes').fill('Worked together at Globex');
    await popup.getByLabel('I agree to introduce').check();
    // Enter saves from the keyboard.
    await popup.getByTestId('wl-flag-name').press('Enter');
    await popup.getByTestId('wl-flag-item').filter({ hasText: 'Jane Doe' }).waitFor();

    const intro = panel.getByTestId('wl-intro').filter({ hasText: ME });
    await intro.waitFor();
    expect(await intro.getAttribute('data-match')).toBe('exact');
    await popup.close();
    await page.close();
  });

  it('opens the existing flag instead of duplicating a person already flagged', async () => {
    // On the profile itself: the popup opens the flag saved before, to edit.
    const { page, popup } = await popupFor(JANE);
    await popup.getByText('You flagged Jane Doe before').waitFor();
    expect(await popup.getByTestId('wl-flag-notes').inputValue()).toBe('Worked together at Globex');
    expect(await popup.getByTestId('wl-flag-save').textContent()).toBe('Save changes');
    await popup.close();
    await page.close();

    // By hand, the same person by URL: saving does not add a second flag.
    const manual = await manualPopup();
    await manual.getByTestId('wl-flag-name').fill('J. Doe');
    await manual.getByTestId('wl-flag-url').fill('linkedin.com/in/jane-doe-8a1b2c');
    await manual.getByTestId('wl-flag-relation').selectOption('friend');
    await manual.getByTestId('wl-flag-save').click();
    await manual.getByText('is already in your flags').waitFor();
    expect(await manual.getByTestId('wl-flag-name').inputValue()).toBe('Jane Doe');
    expect(await manual.getByTestId('wl-flag-notes').inputValue()).toBe('Worked together at Globex');
    const janes = (await storedRelationships(manual)).filter((rel) => (rel.person as { name?: string } | undefined)?.name === 'Jane Doe');
    expect(janes).toHaveLength(1);

    // Editing it then updates the one record.
    await manual.getByTestId('wl-flag-strength').selectOption('4');
    await manual.getByTestId('wl-flag-save').click();
    await manual.getByText('Updated: Jane Doe').waitFor();
    const after = (await storedRelationships(manual)).filter((rel) => (rel.person as { name?: string } | undefined)?.name === 'Jane Doe');
    expect(after).toHaveLength(1);
    expect(after[0]?.strength).toBe(4);
    await manual.close();
  });

  it('takes manual entry: a pasted LinkedIn URL fills the URL and a name guess', async () => {
    const popup = await manualPopup();
    await popup.getByText('Not on a LinkedIn profile').waitFor();
    await popup.getByTestId('wl-flag-url').fill('https://uk.linkedin.com/in/sam-rivera-1a2b3c?trk=people');
    expect(await popup.getByTestId('wl-flag-url').inputValue()).toBe('https://www.linkedin.com/in/sam-rivera-1a2b3c/');
    expect(await popup.getByTestId('wl-flag-name').inputValue()).toBe('Sam Rivera');
    await popup.getByTestId('wl-flag-company').fill('Contoso');
    await popup.getByTestId('wl-flag-relation').selectOption('customer');
    await popup.getByTestId('wl-flag-save').click();
    await popup.getByTestId('wl-flag-item').filter({ hasText: 'Sam Rivera' }).waitFor();
    // The form is ready for the next one.
    expect(await popup.getByTestId('wl-flag-name').inputValue()).toBe('');
    const sam = (await storedRelationships(popup)).find((rel) => (rel.person as { name?: string } | undefined)?.name === 'Sam Rivera');
    expect(sam).toMatchObject({ person: { profileUrl: 'https://www.linkedin.com/in/sam-rivera-1a2b3c/' }, company: { name: 'Contoso' }, relation: 'customer' });
    await popup.close();
  });

  it('searches the user\'s flags, deletes one, and Undo restores the exact record', async () => {
    const popup = await manualPopup();
    const items = popup.getByTestId('wl-flag-item');
    await expect.poll(() => items.count()).toBe(3);
    await popup.getByTestId('wl-flag-search').fill('contoso');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().textContent()).toContain('Sam Rivera');

    const before = (await storedRelationships(popup)).find((rel) => (rel.person as { name?: string } | undefined)?.name === 'Sam Rivera');
    await popup.getByRole('button', { name: 'Delete flag for Sam Rivera' }).click();
    await expect.poll(() => items.count()).toBe(0);
    expect((await storedRelationships(popup)).some((rel) => rel.id === before?.id)).toBe(false);
    // Keyboard focus lands on Undo.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await popup.keyboard.press('Enter');
    await expect.poll(() => items.count()).toBe(1);
    const restored = (await storedRelationships(popup)).find((rel) => rel.id === before?.id);
    expect(restored).toEqual(before);
    await popup.close();
  });

  it('keeps a half-filled form as a draft when the popup closes', async () => {
    const page = await h.open(MARCUS);
    const tabId = await tabIdOf(MARCUS);
    const popup = await h.extensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByTestId('wl-flag-name').inputValue()).toBe('Marcus Lee');
    await popup.getByTestId('wl-flag-relation').selectOption('alumni');
    await popup.getByTestId('wl-flag-notes').fill('Met at the CFO summit, half written');
    // Closing right after typing: wait for the draft to be written, as a closing popup would have.
    await expect
      .poll(() =>
        h.worker.evaluate(async () => JSON.stringify((await chrome.storage.session.get('popup.draft'))['popup.draft'] ?? {})),
      )
      .toContain('half written');
    await popup.close();

    const again = await h.extensionPage(`popup.html?tabId=${tabId}`);
    await expect.poll(() => again.getByTestId('wl-flag-notes').inputValue()).toBe('Met at the CFO summit, half written');
    expect(await again.getByTestId('wl-flag-relation').inputValue()).toBe('alumni');
    expect(await again.getByTestId('wl-flag-name').inputValue()).toBe('Marcus Lee');
    await again.getByText('Your unsaved changes are back').waitFor();

    // Saving clears the draft: the next open shows the saved flag, not the draft.
    await again.getByTestId('wl-flag-save').click();
    await again.getByText('Saved: Marcus Lee').waitFor();
    await expect
      .poll(() => h.worker.evaluate(async () => JSON.stringify((await chrome.storage.session.get('popup.draft'))['popup.draft'] ?? {})))
      .not.toContain('half written');
    await again.close();
    await page.close();
  });
});
