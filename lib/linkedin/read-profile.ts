/**
 * Reading the visible top card into a ProfileSnapshot, in layers from the cue that names a field
 * to the one that guesses it: (a) the top card's own elements (the headline element, a labelled
 * current-company control: lib/linkedin/top-card-fields.ts), (b) JSON-LD, (c) document
 * structure, (d) <title> and meta tags (on real pages often an About text or LinkedIn's own blurb),
 * (e) an "X at Y" headline split. Each field takes the first layer that has it, and records the
 * cue it came from; a company slug comes only with the company it belongs to. The URL slug is a
 * lookup key, never a name. Pages that show nobody (lib/linkedin/no-prospect.ts) give no snapshot.
 * Runs in the content script: no zod, nothing big, and it never throws.
 */

import type { NoProspect, ProfileSnapshot } from '../model/profile';
import { cleanName, cleanText, cleanTitle, splitName } from './clean';
import { splitHeadline } from './headline';
import { firstNode, hasType, jsonLdNodes, textOf } from './json-ld';
import { companyNameFromTitle, isBadgeText, isPlaceholderName, parseDashTitle } from './labels';
import { noProspectOn } from './no-prospect';
import { attribute, ownText, type Context, type Field, type Found, type Layer, type Reading } from './reading';
import { closestOf, queryFirst } from './selectors';
import { industryFromOverview, readTopCard } from './top-card-fields';
import { mainRegion, nameHeading, topCardRoot } from './top-card';
import { canonicalUrl, companySlugOf, personSlugOf, profilePageOf, type ProfilePage } from '../identity/urls';

/** What a profile or company address shows: the prospect, or why there is nobody to look up. */
export type PageReading = { snapshot: ProfileSnapshot; noProspect?: undefined } | { snapshot: null; noProspect: NoProspect };

// The zod schema's limits (lib/model/profile.ts): a longer value would fail validation downstream.
const MAX_LENGTH: Record<Field | 'firstName' | 'lastName', number> = {
  fullName: 300,
  firstName: 300,
  lastName: 300,
  headline: 500,
  title: 300,
  company: 300,
  companySlug: 256,
  industry: 300,
  location: 300,
};

// (b) JSON-LD, used only when it names this page (after history-API navigation the head can
// still describe the profile loaded first).
function isAboutThisPage(url: unknown, page: ProfilePage): boolean {
  if (typeof url !== 'string') return true;
  const slug = page.kind === 'person' ? personSlugOf(url) : companySlugOf(url);
  return slug === page.slug;
}

const readJsonLd: Layer = ({ doc, page }) => {
  const types = page.kind === 'person' ? ['Person'] : ['Organization', 'Corporation'];
  const node = jsonLdNodes(doc).find((item) => hasType(item, types) && isAboutThisPage(item.url, page));
  if (!node) return {};
  const address = firstNode(node.address);
  const location = textOf(address?.addressLocality);
  if (page.kind === 'company') {
    return { fullName: [textOf(node.name), 'name:json-ld'], location: [location, 'location:json-ld'] };
  }
  // worksFor: current employers (alumniOf, past ones, is never read).
  const employers = Array.isArray(node.worksFor) ? node.worksFor : [node.worksFor];
  const current = employers.map(firstNode).find((org) => org && !firstNode(org.member)?.endDate) ?? firstNode(node.worksFor);
  return {
    fullName: [textOf(node.name), 'name:json-ld'],
    title: [textOf(node.jobTitle), 'title:json-ld'],
    company: [textOf(current?.name), 'company:json-ld'],
    companySlug: [companySlugOf(textOf(current?.url)), 'companySlug:json-ld'],
    location: [location, 'location:json-ld'],
  };
};

// (c) Document structure, for layouts whose classes are unknown (hashed).
/** The first text after the name heading that is not a badge, a link, a control or a dialog. */
function headlineNear(heading: Element, card: Element, name: string): string | undefined {
  const elements = Array.from(card.querySelectorAll('*'));
  let looked = 0;
  for (let index = elements.indexOf(heading) + 1; index > 0 && index < elements.length && looked < 40; index++) {
    const element = elements[index] as Element;
    if (heading.contains(element) || closestOf(element, 'notHeadline')) continue; // a dialog may hold dozens
    looked++;
    const text = cleanText(ownText(element));
    if (!text || text === name || isBadgeText(text)) continue;
    // A short span on the name's own line is a badge (degree, pronouns) in whatever language.
    const onNameLine = element.tagName.toLowerCase() === 'span' && element.parentElement?.contains(heading);
    if (onNameLine && text.length <= 30) continue;
    return text;
  }
  return undefined;
}

function locationBeforeContactInfo(card: Element): string | undefined {
  let node: Element | null = queryFirst(card, 'contactInfoLink');
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const text = cleanText(sibling.textContent);
      if (text && !/^[·•|,\s]+$/.test(text)) return text;
    }
  }
  return undefined;
}

const readStructure: Layer = ({ doc, page, heading, card }) => {
  if (page.kind === 'company') {
    const main = mainRegion(doc);
    return main ? { industry: [industryFromOverview(main), 'industry:dl'] } : {};
  }
  if (!heading || !card) return {};
  return {
    headline: [headlineNear(heading, card, cleanText(heading.textContent)), 'headline:structure'],
    location: [locationBeforeContactInfo(card), 'location:structure'],
  };
};

// (d) <title> and meta tags. A "Name - Title - Company" string only counts when its name is the
// name already read (or none was): a stale head after navigation must not lend its job title.
function comparable(name: string): string {
  return cleanName(name).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function sameName(candidate: string, found: Found): boolean {
  return !found.fullName || comparable(candidate) === comparable(found.fullName);
}

function fromDashTitle(value: string | null | undefined, found: Found, source: string): Reading {
  const parts = parseDashTitle(value);
  if (!parts) return {};
  const reading: Reading = { fullName: [parts.name, `name:${source}`] };
  if (sameName(parts.name, found)) {
    reading.title = [parts.title, `title:${source}`];
    reading.company = [parts.company, `company:${source}`];
  }
  return reading;
}

/** Earlier readings win: fields already present in `first` are kept. */
function combine(first: Reading, second: Reading): Reading {
  const out: Reading = { ...second };
  for (const [field, entry] of Object.entries(first) as [Field, Reading[Field]][]) {
    if (entry?.[0]) out[field] = entry;
  }
  return out;
}

const readTitleAndMeta: Layer = ({ doc, page }, found) => {
  const pageTitle = doc.title;
  if (page.kind === 'company') return { fullName: [companyNameFromTitle(pageTitle), 'name:page-title'] };
  const reading = fromDashTitle(pageTitle, found, 'page-title');
  // Only the "Name - Title - Company | LinkedIn" form: a description is otherwise an About text or
  // LinkedIn's own blurb. After navigation it may describe the profile loaded first (og:url says).
  const ogUrl = attribute(queryFirst(doc, 'ogUrl'), 'content');
  const description = ogUrl === undefined || isAboutThisPage(ogUrl, page) ? attribute(queryFirst(doc, 'description'), 'content') : undefined;
  return description && / [-–—] .*\|\s*(?:linkedin|领英)\s*$/i.test(description)
    ? combine(reading, fromDashTitle(description, found, 'meta'))
    : reading;
};

// (e) An "X at Y" headline, when nothing better named the title or the company.
const readHeadlineSplit: Layer = ({ page, language }, found) => {
  if (page.kind !== 'person') return {};
  const parts = splitHeadline(found.headline, language);
  return { title: [parts.title, 'title:headline'], company: [parts.company, 'company:headline'] };
};

const LAYERS: Layer[] = [readTopCard, readJsonLd, readStructure, readTitleAndMeta, readHeadlineSplit];

function languageOf(doc: Document): string {
  try {
    return cleanText(doc.documentElement?.getAttribute('lang')) || 'en';
  } catch {
    return 'en';
  }
}

function cleanField(field: Field, value: string): string {
  if (field === 'fullName') {
    const name = cleanName(value);
    return isPlaceholderName(name) ? '' : name;
  }
  if (field === 'companySlug') return value.trim().toLowerCase();
  return cleanTitle(value);
}

function readFields(context: Context): { found: Found; cues: string[] } {
  const found: Found = {};
  const cues: string[] = [];
  const take = (field: Field, value: string | null | undefined, cue: string) => {
    if (found[field] || !value) return;
    const cleaned = cleanField(field, value);
    if (!cleaned) return;
    found[field] = cleaned.slice(0, MAX_LENGTH[field]);
    cues.push(cue.slice(0, 100));
  };
  for (const layer of LAYERS) {
    try {
      const { companySlug, ...reading } = layer(context, found);
      for (const [field, entry] of Object.entries(reading) as [Field, Reading[Field]][]) {
        if (entry) take(field, entry[0], entry[1]);
      }
      // A slug belongs to one company: it is taken only with the company this layer named.
      const company = reading.company?.[0];
      if (companySlug && company && cleanField('company', company) === found.company) take('companySlug', ...companySlug);
    } catch {
      // a broken layer is skipped; the others still read
    }
  }
  return { found, cues };
}

function snapshotOf(doc: Document, page: ProfilePage): ProfileSnapshot {
  const snapshot: ProfileSnapshot = {
    kind: page.kind,
    url: canonicalUrl(page).slice(0, 2048),
    slug: page.slug.slice(0, 256),
    cues: [],
  };
  try {
    const heading = nameHeading(doc, page.kind);
    const card = topCardRoot(doc, heading, page.kind);
    const { found, cues } = readFields({ doc, page, language: languageOf(doc), heading, card });
    Object.assign(snapshot, found);
    snapshot.cues = cues.slice(0, 50);
    if (page.kind === 'company') {
      snapshot.companySlug = page.slug.slice(0, MAX_LENGTH.companySlug);
      if (found.fullName) snapshot.company = found.fullName;
    } else if (found.fullName) {
      const { firstName, lastName } = splitName(found.fullName);
      if (firstName) snapshot.firstName = firstName.slice(0, MAX_LENGTH.firstName);
      if (lastName) snapshot.lastName = lastName.slice(0, MAX_LENGTH.lastName);
    }
  } catch {
    // whatever was read before the failure stands
  }
  return snapshot;
}

/**
 * What a LinkedIn person or company page shows; null only when `href` is neither.
 * Never throws: a layer that fails is skipped and what was read is returned.
 */
export function readPage(doc: Document, href: string): PageReading | null {
  let page: ProfilePage | null;
  try {
    page = profilePageOf(href);
  } catch {
    return null;
  }
  if (!page) return null;
  const noProspect = noProspectOn(doc, page);
  return noProspect ? { snapshot: null, noProspect } : { snapshot: snapshotOf(doc, page) };
}
