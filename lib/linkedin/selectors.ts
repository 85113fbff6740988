/**
 * Every CSS selector Warmline uses on LinkedIn, in one table, so a layout change is fixed here.
 * Each entry names the layout it serves; the comment says when it was last seen working.
 * Structural and ARIA entries come first in each list: class names change most often.
 */

export type Variant =
  | 'any layout (structure)'
  | 'any layout (ARIA)'
  | 'artdeco signed-in 2024-2025'
  | 'public signed-out guest'
  | 'company signed-in'
  | 'company public signed-out'
  | 'message overlay'
  | 'messaging page';

export interface SelectorEntry {
  readonly css: string;
  readonly variant: Variant;
}

const structure = 'any layout (structure)';
const aria = 'any layout (ARIA)';
const artdeco = 'artdeco signed-in 2024-2025';
const guest = 'public signed-out guest';
const companyIn = 'company signed-in';
const overlay = 'message overlay';

export const SELECTORS = {
  // Head: structured data and meta tags.
  jsonLd: [{ css: 'script[type="application/ld+json"]', variant: structure }], // seen 2026-11
  ogTitle: [{ css: 'meta[property="og:title"]', variant: structure }], // seen 2026-11
  ogUrl: [{ css: 'meta[property="og:url"]', variant: structure }], // seen 2026-11
  description: [
    { css: 'meta[name="description"]', variant: structure }, // seen 2026-11
    { css: 'meta[property="og:description"]', variant: structure }, // seen 2026-11
  ],

  // The page body.
  main: [
    { css: 'main', variant: structure }, // seen 2026-11
    { css: '[role="main"]', variant: structure }, // seen 2026-11
  ],
  heading: [{ css: 'h1', variant: structure }], // seen 2026-11
  /** The card around the name heading, when no known top-card class is there. */
  cardAroundHeading: [{ css: 'section', variant: structure }], // seen 2026-11
  /** Text inside these is never the headline: links, buttons, lists, hidden helpers. */
  notHeadline: [{ css: 'a, button, ul, ol, svg, script, style, [aria-hidden="true"], [hidden]', variant: structure }], // seen 2026-11

  // Person top card.
  personTopCard: [
    { css: 'section.pv-top-card', variant: artdeco }, // seen 2026-11
    { css: 'section.top-card-layout', variant: guest }, // seen 2026-11
  ],
  personName: [
    { css: 'h1.text-heading-xlarge', variant: artdeco }, // seen 2026-11
    { css: 'h1.top-card-layout__title', variant: guest }, // seen 2026-11
  ],
  personHeadline: [
    { css: '.pv-top-card .text-body-medium', variant: artdeco }, // seen 2026-11
    { css: 'h2.top-card-layout__headline', variant: guest }, // seen 2026-11
  ],
  personLocation: [
    { css: '.pv-text-details__left-panel span.text-body-small', variant: artdeco }, // seen 2026-11
    { css: 'span.text-body-small.inline.t-black--light.break-words', variant: artdeco }, // seen 2026-11
    { css: '.top-card-layout__first-subline .not-first-middot > span', variant: guest }, // seen 2026-11
  ],
  /** Elements that may carry "Current company: X. Click to skip to experience card". */
  labelled: [
    { css: 'button[aria-label]', variant: aria }, // seen 2026-11
    { css: 'a[aria-label]', variant: aria }, // seen 2026-11
    { css: '[role="button"][aria-label]', variant: aria }, // seen 2026-11
  ],
  /** The location sits just before this link in every signed-in layout. */
  contactInfoLink: [{ css: 'a[href*="/overlay/contact-info"]', variant: structure }], // seen 2026-11
  companyLink: [{ css: 'a[href*="/company/"]', variant: structure }], // seen 2026-11
  currentCompanyLink: [
    { css: '[data-section="currentPositionsDetails"] a[href*="/company/"]', variant: guest }, // seen 2026-11
  ],
  currentCompanyText: [
    { css: '.pv-text-details__right-panel-item-link[aria-label^="Current"]', variant: artdeco }, // seen 2026-11
    { css: '[data-section="currentPositionsDetails"] .top-card-link__description', variant: guest }, // seen 2026-11
  ],

  // Company page.
  companyTopCard: [
    { css: 'section.org-top-card', variant: companyIn }, // seen 2026-11
    { css: 'section.top-card-layout', variant: 'company public signed-out' }, // seen 2026-11
  ],
  companyName: [
    { css: 'h1.org-top-card-summary__title', variant: companyIn }, // seen 2026-11
    { css: 'h1.top-card-layout__title', variant: 'company public signed-out' }, // seen 2026-11
  ],
  companyInfoItem: [
    { css: '.org-top-card-summary-info-list__info-item', variant: companyIn }, // seen 2026-11
  ],
  /** "Industry" / "Sector" terms in the About overview, followed by their <dd>. */
  definitionTerm: [{ css: 'dl dt', variant: structure }], // seen 2026-11

  // The message box the rep opened (never the send button: Warmline never sends).
  messageBox: [
    { css: '.msg-form__contenteditable[contenteditable="true"]', variant: overlay }, // seen 2026-11
    { css: '.msg-overlay-conversation-bubble [role="textbox"][contenteditable="true"]', variant: overlay }, // seen 2026-11
    { css: '.msg-overlay-container [role="textbox"][contenteditable="true"]', variant: overlay }, // seen 2026-11
    { css: '.msg-form [contenteditable="true"]', variant: 'messaging page' }, // seen 2026-11
    { css: '[role="dialog"] [role="textbox"][contenteditable="true"]', variant: overlay }, // seen 2026-11
  ],

  // Where the panel goes: the top of the right rail, so it flows with the page.
  rightRail: [
    { css: 'aside.scaffold-layout__aside', variant: artdeco }, // seen 2026-11
    { css: 'aside.right-rail', variant: guest }, // seen 2026-11
    { css: 'main ~ aside', variant: structure }, // seen 2026-11
  ],
} as const satisfies Record<string, readonly SelectorEntry[]>;

export type SelectorName = keyof typeof SELECTORS;

/** Every element matching any entry of the list, in list order, without duplicates. */
export function queryAll(root: ParentNode, name: SelectorName): Element[] {
  const found: Element[] = [];
  for (const entry of SELECTORS[name]) {
    let matches: ArrayLike<Element> = [];
    try {
      matches = root.querySelectorAll(entry.css);
    } catch {
      continue; // a selector this engine cannot parse is skipped, not fatal
    }
    for (const element of Array.from(matches)) if (!found.includes(element)) found.push(element);
  }
  return found;
}

/** The nearest ancestor-or-self matching any entry of the list. */
export function closestOf(element: Element, name: SelectorName): Element | null {
  for (const entry of SELECTORS[name]) {
    try {
      const match = element.closest(entry.css);
      if (match) return match;
    } catch {
      // unparseable here: try the next entry
    }
  }
  return null;
}

/** The first element matched by the earliest entry that matches anything. */
export function queryFirst(root: ParentNode, name: SelectorName): Element | null {
  for (const entry of SELECTORS[name]) {
    try {
      const match = root.querySelector(entry.css);
      if (match) return match;
    } catch {
      // unparseable here: try the next entry
    }
  }
  return null;
}
