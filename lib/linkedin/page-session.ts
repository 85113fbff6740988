/**
 * One visit to one profile or company page: wait (bounded) for the top card, read it, and
 * report each new reading. LinkedIn renders late and, on in-app navigation, leaves the previous
 * profile's card in place for a moment, so the reader watches until the card settles.
 */
import type { ProfileSnapshot } from '../model/profile';
import { readPage, type PageReading } from './read-profile';
import { topCardPresent } from './top-card';
import type { ProfilePage } from '../identity/urls';

/** After a reading, keep watching this long for late fields. */
export const SETTLE_MS = 1500;
/** Never watch a page longer than this. */
export const GIVE_UP_MS = 8000;

type SessionOptions = {
  doc: Document;
  page: ProfilePage;
  href: string;
  /** The name the previous profile showed: while it is still on screen, the card is stale. */
  previousName?: string;
  onReading(reading: PageReading): void;
};

export type PageSession = { stop(): void; latest(): ProfileSnapshot | null };

export function startPageSession({ doc, page, href, previousName, onReading }: SessionOptions): PageSession {
  const view = doc.defaultView;
  let latest: ProfileSnapshot | null = null;
  let lastSentKey = '';
  let frameRequest = 0;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  const emit = (reading: PageReading) => {
    const key = JSON.stringify(reading);
    if (key === lastSentKey) return;
    lastSentKey = key;
    latest = reading.snapshot;
    onReading(reading);
    clearTimeout(settleTimer);
    // An error card may be the page navigated away from: keep watching (to the give-up) for the card.
    if (reading.snapshot) settleTimer = setTimeout(stop, SETTLE_MS);
  };

  const read = (final = false) => {
    frameRequest = 0;
    // A skeleton page would give a slug-only reading: wait for the card (the give-up reads anyway).
    if (!final && !topCardPresent(doc, page.kind)) return;
    const reading = readPage(doc, href);
    if (!reading || (reading.snapshot && reading.snapshot.kind !== page.kind)) return;
    const stale = previousName !== undefined && reading.snapshot?.fullName === previousName;
    if (stale && !final) return;
    emit(reading);
  };

  const observer = new MutationObserver(() => {
    if (!frameRequest && view) frameRequest = view.requestAnimationFrame(() => read());
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  const giveUpTimer = setTimeout(() => {
    // A partial or even stale-looking reading still gets a panel.
    if (!latest) read(true);
    stop();
  }, GIVE_UP_MS);

  function stop() {
    observer.disconnect();
    clearTimeout(giveUpTimer);
    clearTimeout(settleTimer);
    if (frameRequest && view) view.cancelAnimationFrame(frameRequest);
    frameRequest = 0;
  }

  read();
  return { stop, latest: () => latest };
}
