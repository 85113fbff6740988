import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../../tests/support/fixtures';
import { profilePageOf } from '../identity/urls';
import type { PageReading } from './read-profile';
import { GIVE_UP_MS, SETTLE_MS, startPageSession } from './page-session';

const ERROR = fixture('layouts/error-signedin-page-not-found.html');
const PROFILE = fixture('layouts/profile-signedin-2024.html');

/** A page in linkedom with what the session needs of a window: mutations and animation frames. */
function pageOf(html: string): Document {
  const { document, window, MutationObserver } = parseHTML(html) as unknown as {
    document: Document;
    window: { requestAnimationFrame?: (callback: () => void) => number; cancelAnimationFrame?: (id: number) => void };
    MutationObserver: typeof globalThis.MutationObserver;
  };
  window.requestAnimationFrame = (callback) => setTimeout(callback, 16) as unknown as number;
  window.cancelAnimationFrame = (id) => clearTimeout(id);
  vi.stubGlobal('MutationObserver', MutationObserver);
  return document;
}

/** What LinkedIn does on in-app navigation: the main column replaced by the next page's. */
function swapMain(doc: Document, html: string): void {
  const next = parseHTML(html).document as unknown as Document;
  doc.querySelector('main')?.replaceWith(next.querySelector('main') as Element);
}

describe('a page session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function start(doc: Document) {
    const readings: PageReading[] = [];
    const page = profilePageOf(PROFILE.url)!;
    const session = startPageSession({ doc, page, href: PROFILE.url, onReading: (reading) => readings.push(reading) });
    return { readings, session };
  }

  it('keeps watching after an error card: it may be the page navigated away from, and the card comes late', async () => {
    const doc = pageOf(ERROR.html);
    const { readings, session } = start(doc);
    expect(readings).toEqual([{ snapshot: null, noProspect: 'not-found' }]);

    await vi.advanceTimersByTimeAsync(SETTLE_MS + 500);
    swapMain(doc, PROFILE.html);
    await vi.advanceTimersByTimeAsync(100);
    expect(readings.at(-1)?.snapshot?.fullName).toBe('Wilhelmina Ostergaard');
    expect(session.latest()?.company).toBe('Fabrikam');
    session.stop();
  });

  it('stops watching once a person\'s card has settled, and at the latest when it gives up', async () => {
    const doc = pageOf(PROFILE.html);
    const { readings } = start(doc);
    expect(readings.map((reading) => reading.snapshot?.fullName)).toEqual(['Wilhelmina Ostergaard']);

    await vi.advanceTimersByTimeAsync(SETTLE_MS + 100);
    swapMain(doc, ERROR.html);
    await vi.advanceTimersByTimeAsync(GIVE_UP_MS);
    expect(readings).toHaveLength(1);
  });
});
