/**
 * The background prepares each tab's prospect view when the content script reports the profile,
 * and hands it to the panel's first question. These tests run the real router on WXT's fake
 * browser and fake-indexeddb.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteAllData, putContent, putRelationship } from '../db';
import { LOCAL, storedContent, relationship, ACME_ROBOTICS } from '../../tests/support/builders';
import { ask, SENDERS } from '../../tests/support/routing';
import type { ProfileSnapshot } from '../model/profile';
import { loadLibraryState, viewAgainst } from '../prospect/view';
import { forgetAllProspectViews, prepareProspectView, VIEW_MAX_AGE_MS } from './prospect-views';

const { contentScript, panel } = SENDERS;

const JANE: ProfileSnapshot = {
  kind: 'person',
  url: 'https://www.linkedin.com/in/jane-doe/',
  slug: 'jane-doe',
  fullName: 'Jane Doe',
  firstName: 'Jane',
  title: 'VP Marketing',
  company: 'Acme Robotics',
  cues: ['name:json-ld'],
};

beforeEach(async () => {
  fakeBrowser.reset();
  forgetAllProspectViews();
  await deleteAllData();
  await putRelationship(relationship({ company: ACME_ROBOTICS }), LOCAL);
  await putContent(storedContent({ id: 'hello-note', status: 'approved', body: 'Hi {{firstName}}' }));
});

describe('prospect views', () => {
  it('the panel’s first answer carries the view prepared when the page reported the profile', async () => {
    await ask(contentScript, 'page:snapshot', { snapshot: JANE, theme: 'dark' });
    const hello = await ask(panel, 'panel:hello');
    expect(hello).toMatchObject({ tabId: 7, theme: 'dark', snapshot: JANE });
    expect(hello.view?.snapshot).toEqual(JANE);
    expect(hello.view?.intros.map((hint) => [hint.relationship.id, hint.match])).toEqual([['r1', 'exact']]);
    expect(hello.view?.suggestions.map((suggestion) => suggestion.item.id)).toEqual(['hello-note']);
    expect(hello.view?.settings.role).toBe('rep');
  });

  it('no profile on the tab: the answer has no view', async () => {
    await ask(contentScript, 'page:snapshot', { snapshot: null, theme: 'light' });
    const hello = await ask(panel, 'panel:hello');
    expect(hello).toEqual({ tabId: 7, snapshot: null, theme: 'light' });
  });

  it('a profile address that shows nobody: the answer says why, with no view and no badge', async () => {
    await ask(contentScript, 'page:snapshot', { snapshot: JANE, theme: 'light' });
    await ask(contentScript, 'page:snapshot', { snapshot: null, theme: 'light', noProspect: 'not-found' });
    const hello = await ask(panel, 'panel:hello');
    expect(hello).toEqual({ tabId: 7, snapshot: null, theme: 'light', noProspect: 'not-found' });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('is reused for the same profile, whatever order its fields come in (storage sorts them)', async () => {
    const first = prepareProspectView(7, JANE);
    const reordered: ProfileSnapshot = { cues: JANE.cues, company: JANE.company, title: JANE.title, firstName: JANE.firstName, fullName: JANE.fullName, slug: JANE.slug, url: JANE.url, kind: JANE.kind };
    expect(prepareProspectView(7, reordered)).toBe(first);
    expect(prepareProspectView(7, { ...JANE, title: 'CMO' })).not.toBe(first);
  });

  it('is prepared again once the data changed or the view grew old', async () => {
    const start = Date.now();
    const first = prepareProspectView(7, JANE, start);
    expect((await first).intros).toHaveLength(1);

    await putRelationship(relationship({ company: ACME_ROBOTICS, id: 'r2', knownBy: { name: 'Pat Partner' } }), LOCAL);
    forgetAllProspectViews(); // what the background does on every store change
    const afterChange = prepareProspectView(7, JANE, start);
    expect(afterChange).not.toBe(first);
    expect((await afterChange).intros.map((hint) => hint.relationship.id).sort()).toEqual(['r1', 'r2']);

    expect(prepareProspectView(7, JANE, start + VIEW_MAX_AGE_MS - 1)).toBe(afterChange);
    expect(prepareProspectView(7, JANE, start + VIEW_MAX_AGE_MS)).not.toBe(afterChange);
  });

  it('ranks against a library prepared once, and prepared again when an item is added, edited or retired', async () => {
    const first = await loadLibraryState();
    expect((await loadLibraryState()).ranking).toBe(first.ranking);
    expect((await viewAgainst(JANE, first)).library.approved).toBe(1);

    await putContent(storedContent({ id: 'for-marketers', status: 'approved', audience: { titles: ['marketing'] } }));
    const added = await loadLibraryState();
    expect(added.ranking).not.toBe(first.ranking);
    const view = await viewAgainst(JANE, added);
    expect(view.suggestions.map((suggestion) => suggestion.item.id)).toEqual(['for-marketers', 'hello-note']);
    expect(view.library.approved).toBe(2);

    await putContent(storedContent({ id: 'for-marketers', status: 'approved', audience: { titles: ['finance'] } }));
    expect((await viewAgainst(JANE, await loadLibraryState())).suggestions.map((suggestion) => suggestion.item.id)).toEqual(['hello-note']);
    await putContent(storedContent({ id: 'hello-note', status: 'retired', body: 'Hi {{firstName}}' }));
    const retired = await viewAgainst(JANE, await loadLibraryState());
    expect(retired.suggestions).toEqual([]);
    expect(retired.library.approved).toBe(1);
  });
});
