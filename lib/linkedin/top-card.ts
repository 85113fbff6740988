/** Finding the top card: the block at the top of a profile or company page with the name in it. */

import { cleanText } from './clean';
import { closestOf, queryAll, queryFirst } from './selectors';
import type { PageKind } from '../identity/urls';

/** The page's main region, or the body when the layout has none. */
export function mainRegion(doc: Document): Element | null {
  return queryFirst(doc, 'main') ?? doc.body ?? null;
}

/** The heading holding the name: an h1 in a known top card first, then the first h1 in main. */
export function nameHeading(doc: Document, kind: PageKind): Element | null {
  const card = queryFirst(doc, kind === 'person' ? 'personTopCard' : 'companyTopCard');
  for (const scope of [card, mainRegion(doc)]) {
    if (!scope) continue;
    const heading = queryAll(scope, 'heading').find((element) => cleanText(element.textContent));
    if (heading) return heading;
  }
  return null;
}

/**
 * The top card itself: the known card around the name heading, else the section around it, else
 * the main region. What a page says outside it (Experience, "People also viewed") is never read.
 */
export function topCardRoot(doc: Document, heading: Element | null, kind: PageKind): Element | null {
  if (!heading) return null;
  return (
    closestOf(heading, kind === 'person' ? 'personTopCard' : 'companyTopCard') ??
    closestOf(heading, 'cardAroundHeading') ??
    mainRegion(doc)
  );
}

/**
 * Whether enough of the page is in the DOM to read it (a name heading, or the heading of an error
 * card), so the content script can stop waiting (with a MutationObserver, bounded in time) and
 * read. Never throws.
 */
export function topCardPresent(doc: Document, kind: PageKind): boolean {
  try {
    return nameHeading(doc, kind) !== null;
  } catch {
    return false;
  }
}
