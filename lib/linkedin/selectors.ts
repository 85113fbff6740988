/**
 * Every CSS selector Warmline uses on LinkedIn, in one table, so a layout change is fixed here.
 * Each entry names the fixture pages it serves (tests/fixtures/, by file name without `.html`;
 * the layout families are in tests/fixtures/layouts/, whose README says which year each stands
 * for). The fixtures are replicas of saved pages: "serves" says which replica an entry reads,
 * never that it was checked on the live site. `lib/linkedin/selectors.test.ts` fails when an
 * entry matches none of the pages it names, so a dead selector cannot stay.
 * Within a list, entries are tried in order: the layouts in use now come first.
 */

export interface SelectorEntry {
  readonly css: string;
  /** The fixture pages this entry is for: it must match in each of them. */
  readonly serves: readonly string[];
}

// Layout families (tests/fixtures/layouts/) and the hand-written pages that share their markup.
const SIGNED_IN_2024 = ['profile-signedin-2024', 'profile-signedin-2025', 'profile-logged-in', 'profile-stale-head'];
const SIGNED_IN_2022 = ['profile-signedin-2022', 'profile-no-company', 'profile-spanish'];
const PUBLIC_2023 = ['profile-public-2023', 'profile-public-2024', 'profile-public-2024-company-no-link', 'profile-public'];
const PUBLIC_HEAD = ['profile-public-2023', 'profile-public-2024', 'company-public-2024', 'profile-public'];

export const SELECTORS = {
  // Head: structured data and meta tags (real signed-in pages leave them empty).
  jsonLd: [{ css: 'script[type="application/ld+json"]', serves: [...PUBLIC_HEAD, 'profile-public-2016'] }],
  ogUrl: [{ css: 'meta[property="og:url"]', serves: PUBLIC_HEAD }],
  description: [{ css: 'meta[name="description"]', serves: ['profile-logged-in', 'profile-non-latin', 'profile-rtl'] }],

  // The page body, by structure.
  main: [{ css: 'main', serves: ['profile-signedin-2024', 'profile-public-2024', 'profile-signedin-2022', 'company-signedin-2025'] }],
  heading: [{ css: 'h1', serves: ['profile-signedin-2025', 'profile-public-2016', 'company-signedin-2018-spring', 'profile-hashed-classes'] }],
  /** The card around the name heading when no top-card class is known (the 2024-25 signed-in card is a plain section). */
  cardAroundHeading: [{ css: 'section', serves: ['profile-signedin-2024', 'profile-signedin-2025', 'profile-hashed-classes'] }],
  /** Text inside these is never the headline: links, buttons, lists, dialogs, hidden helpers. */
  notHeadline: [
    {
      css: 'a, button, ul, ol, svg, script, style, code, dialog, [role="dialog"], [aria-hidden="true"], [hidden]',
      serves: ['profile-public-2024', 'profile-signedin-2024', 'profile-hashed-classes'],
    },
  ],

  // Person top card: the block that holds the name. Everything a person page gives is read inside it.
  personTopCard: [
    { css: 'section.top-card-layout', serves: PUBLIC_2023 },
    { css: 'section.pv-top-card', serves: ['profile-signedin-2022', 'profile-logged-in', 'profile-rtl'] },
    { css: 'section.pv-top-card-section', serves: ['profile-signedin-2018'] },
    { css: 'section#topcard', serves: ['profile-public-2016'] },
    { css: '#top-card', serves: ['profile-public-2015'] },
  ],
  personHeadline: [
    { css: 'h2.top-card-layout__headline', serves: PUBLIC_2023 },
    { css: 'div.text-body-medium.break-words', serves: [...SIGNED_IN_2024, ...SIGNED_IN_2022] },
    { css: 'h2.pv-top-card-section__headline', serves: ['profile-signedin-2018'] },
    { css: 'p.headline', serves: ['profile-public-2016'] },
    { css: '#headline .title', serves: ['profile-public-2015'] },
  ],
  personLocation: [
    { css: '.top-card-layout__first-subline', serves: PUBLIC_2023 },
    { css: 'span.text-body-small.inline.t-black--light.break-words', serves: [...SIGNED_IN_2024, ...SIGNED_IN_2022] },
    { css: 'h3.pv-top-card-section__location', serves: ['profile-signedin-2018'] },
    { css: '#demographics .locality', serves: ['profile-public-2015', 'profile-public-2016'] },
  ],
  /**
   * Controls whose ARIA label names the current company: "Current company: X. Click to skip to
   * experience card" on a button (2024-25), or just "Current company" on the element holding X (2022).
   */
  currentCompanyControl: [
    { css: 'button[aria-label]', serves: [...SIGNED_IN_2024, 'profile-spanish', 'profile-non-latin', 'profile-hashed-classes'] },
    { css: 'div[aria-label]', serves: ['profile-signedin-2022'] },
  ],
  /** The top card's current-company element, named by its class or its row. */
  currentCompanyText: [
    { css: '[data-section="currentPositionsDetails"] .top-card-link__description', serves: PUBLIC_2023 },
    { css: '.pv-top-card-v2-section__company-name', serves: ['profile-signedin-2018'] },
    { css: 'table.extra-info span.org > a', serves: ['profile-public-2016'] },
    { css: '#overview-summary-current a[href*="/company/"]', serves: ['profile-public-2015'] },
  ],
  /** A company page link: the current company's slug when it encloses the company element. */
  companyLink: [{ css: 'a[href*="/company/"]', serves: ['profile-public-2023', 'profile-public-2024', 'profile-public-2016', 'profile-public-2015'] }],
  /** The location sits just before this link in the signed-in layouts of 2022-25. */
  contactInfoLink: [{ css: 'a[href*="/overlay/contact-info"]', serves: [...SIGNED_IN_2024, 'profile-signedin-2022', 'profile-hashed-classes'] }],
  /** "Industry" / "Sector" terms, followed by their <dd>: a person's 2015-16 demographics, a company's About overview. */
  definitionTerm: [{ css: 'dl dt', serves: ['profile-public-2015', 'profile-public-2016', 'company-public-2024', 'company-hashed'] }],

  // Pages that are no prospect: the heading sits in an error card instead of a top card.
  errorCard: [
    { css: '.page-not-found', serves: ['profile-not-found-2024'] },
    { css: '.artdeco-empty-state', serves: ['profile-unavailable-signedin', 'error-signedin-page-not-found'] },
  ],

  // Company top card.
  companyTopCard: [
    { css: 'section.org-top-card', serves: ['company-signedin-2025', 'company-signedin-2021', 'company-signedin-2018', 'company'] },
    { css: 'section.top-card-layout', serves: ['company-public-2024'] },
    { css: '.org-top-card-module', serves: ['company-signedin-2018-spring'] },
  ],
  /** The info list of 2020-25: industry first, then the headquarters and the follower count. */
  companyInfoItem: [
    { css: '.org-top-card-summary-info-list__info-item', serves: ['company-signedin-2025', 'company-signedin-2021', 'company'] },
  ],
  companyIndustry: [
    { css: 'h2.top-card-layout__headline', serves: ['company-public-2024'] },
    { css: '.org-top-card-primary-content__industry', serves: ['company-signedin-2018'] },
    { css: '.company-industries', serves: ['company-signedin-2018-spring'] },
  ],
  companyLocation: [
    { css: '.top-card-layout__first-subline', serves: ['company-public-2024'] },
    { css: '.org-top-card-primary-content__headquarter', serves: ['company-signedin-2018'] },
    { css: '.org-top-card-module__location', serves: ['company-signedin-2018-spring'] },
  ],

  // The message box the rep opened (never the send button: Warmline never sends).
  messageBox: [
    { css: '.msg-form__contenteditable[contenteditable="true"]', serves: ['profile-logged-in'] },
    { css: '.msg-overlay-conversation-bubble [role="textbox"][contenteditable="true"]', serves: ['profile-logged-in'] },
    { css: '.msg-overlay-container [role="textbox"][contenteditable="true"]', serves: ['profile-logged-in'] },
    { css: '.msg-form [contenteditable="true"]', serves: ['profile-logged-in'] },
  ],

  // Where the panel goes: the top of the right rail, so it flows with the page.
  rightRail: [
    { css: 'aside.scaffold-layout__aside', serves: ['profile-signedin-2024', 'profile-signedin-2025', 'profile-signedin-2022', 'profile-logged-in'] },
    { css: 'section.right-rail', serves: ['profile-public-2023', 'profile-public-2024'] },
    { css: 'main ~ aside', serves: ['profile-signedin-2024', 'company-signedin-2025'] },
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
