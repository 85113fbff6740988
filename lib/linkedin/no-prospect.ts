/**
 * Pages at a profile address that show nobody to look up: LinkedIn's "Profile Not Found", the
 * signed-in error and "not available" cards, and members LinkedIn hides as "LinkedIn Member".
 * Recognised by where the name heading sits (an error card, not a top card) and what it says,
 * so the panel says there is nobody to look up instead of greeting an error message.
 */
import type { ProfilePage } from '../identity/urls';
import type { NoProspect } from '../model/profile';
import { cleanName } from './clean';
import { isErrorHeading, isPlaceholderName } from './labels';
import { closestOf } from './selectors';
import { nameHeading } from './top-card';

/** Why this page shows no prospect, or undefined when it may show one. Never throws. */
export function noProspectOn(doc: Document, page: ProfilePage): NoProspect | undefined {
  // LinkedIn redirects a signed-in member to /in/unavailable/ (or /company/unavailable/).
  if (page.slug === 'unavailable') return 'unavailable';
  try {
    const heading = nameHeading(doc, page.kind);
    if (!heading) return undefined;
    if (closestOf(heading, 'errorCard') || isErrorHeading(heading.textContent)) return 'not-found';
    if (page.kind === 'person' && isPlaceholderName(cleanName(heading.textContent))) return 'hidden-member';
  } catch {
    // an unreadable page is not declared empty: the reader reads what it can
  }
  return undefined;
}
