import { describe, expect, it } from 'vitest';
import type { TabPage } from '../../lib/model/tab-page';
import { personPage } from '../../tests/support/builders';
import { shownFor } from './shown';

const JANE = personPage();
const onJane = { tabId: 3, url: `${JANE.url}?miniProfileUrn=x` };
const page = (snapshot: TabPage['snapshot'], extra: Partial<TabPage> = {}): TabPage => ({ snapshot, theme: 'light', ...extra });

describe('what the side panel shows for the tab it follows', () => {
  it('nothing of LinkedIn on another site, or with no tab; a hint on LinkedIn pages that are no profile', () => {
    expect(shownFor({ tabId: 3, url: undefined }, page(JANE))).toEqual({ kind: 'elsewhere' });
    expect(shownFor({ tabId: 3, url: 'https://www.linkedin.com.attacker.example/in/jane-doe/' }, page(JANE))).toEqual({ kind: 'elsewhere' });
    expect(shownFor({ tabId: null, url: undefined }, undefined)).toEqual({ kind: 'elsewhere' });
    expect(shownFor({ tabId: 3, url: 'https://www.linkedin.com/feed/' }, page(JANE))).toEqual({ kind: 'linkedin' });
    expect(shownFor(undefined, undefined)).toEqual({ kind: 'waiting' });
  });

  it('the prospect reported for this very address, and not one the tab has moved on from', () => {
    expect(shownFor(onJane, page(JANE))).toEqual({ kind: 'prospect', snapshot: JANE });
    expect(shownFor({ tabId: 3, url: 'https://www.linkedin.com/in/marcus-lee/' }, page(JANE))).toEqual({
      kind: 'reading',
      page: { kind: 'person', slug: 'marcus-lee' },
    });
    expect(shownFor(onJane, undefined)).toMatchObject({ kind: 'reading' });
    expect(shownFor(onJane, page(null, { noProspect: 'not-found' }))).toEqual({ kind: 'no-prospect', reason: 'not-found' });
  });
});
