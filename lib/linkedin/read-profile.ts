/**
 * Reading the visible top card into a ProfileSnapshot, in layers from most to least reliable:
 * (a) JSON-LD, (b) ARIA labels and document structure, (c) <title> and meta tags, (d) class names,
 * (e) the URL slug. Each field takes the first layer that has it, and records the cue it came from.
 * Runs in the content script: no zod, nothing big, and it never throws.
 */

import type { ProfileSnapshot } from '../model/profile';
import { cleanName, cleanText, cleanTitle, nameFromSlug, splitName } from './clean';
import { splitHeadline } from './headline';
import { firstNode, hasType, jsonLdNodes, textOf } from './json-ld';
import {
  companyFromLabel,
  companyNameFromTitle,
  isBadgeText,
  isIndustryTerm,
  isPlaceholderName,
  parseDashTitle,
  parseDescription,
} from './labels';
import { closestOf, queryAll, queryFirst } from './selectors';
import { mainRegion, nameHeading, topCardRoot } from './top-card';
import { canonicalUrl, companySlugOf, personSlugOf, profilePageOf, type ProfilePage } from '../identity/urls';

type Field = 'fullName' | 'headline' | 'title' | 'company' | 'companySlug' | 'industry' | 'location';
type Found = Partial<Record<Field, string>>;
/** What one layer read: per field, the raw value and the cue naming where it came from. */
type Reading = Partial<Record<Field, [value: string | null | undefined, cue: string]>>;
type Layer = (context: Context, found: Found) => Reading;

interface Context {
  doc: Document;
  page: ProfilePage;
  language: string;
}

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

function attribute(element: Element | null, name: string): string | undefined {
  return element?.getAttribute(name) ?? undefined;
}

/** The company slug of a link's href, relative ("/company/acme/") or absolute. */
function companySlugOfLink(link: Element | null): string | undefined {
  const href = attribute(link, 'href');
  if (!href) return undefined;
  try {
    return companySlugOf(new URL(href, 'https://www.linkedin.com').href);
  } catch {
    return undefined;
  }
}

/** Text directly inside an element, not in its children. */
function ownText(element: Element): string {
  let text = '';
  element.childNodes.forEach((node) => {
    if (node.nodeType === 3) text += node.textContent ?? '';
  });
  return text;
}

// (a) JSON-LD, used only when it names this page (after history-API navigation the head can
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

// (b) ARIA labels and document structure.
function headlineNear(heading: Element, root: Element, name: string): string | undefined {
  const elements = Array.from(root.querySelectorAll('*'));
  const start = elements.indexOf(heading);
  if (start < 0) return undefined;
  for (const element of elements.slice(start + 1, start + 40)) {
    if (heading.contains(element) || closestOf(element, 'notHeadline')) continue;
    const text = cleanText(ownText(element));
    if (!text || text === name || isBadgeText(text)) continue;
    // A short span on the name's own line is a badge (degree, pronouns) in whatever language.
    const onNameLine = element.tagName.toLowerCase() === 'span' && element.parentElement?.contains(heading);
    if (onNameLine && text.length <= 30) continue;
    return text;
  }
  return undefined;
}

function locationBeforeContactInfo(main: Element): string | undefined {
  let node: Element | null = queryFirst(main, 'contactInfoLink');
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const text = cleanText(sibling.textContent);
      if (text && !/^[·•|,\s]+$/.test(text)) return text;
    }
  }
  return undefined;
}

function currentCompanyByLabel(main: Element): Reading {
  for (const element of queryAll(main, 'labelled')) {
    const company = companyFromLabel(element.getAttribute('aria-label'));
    if (!company) continue;
    return {
      company: [company, 'company:aria'],
      companySlug: [companySlugOfLink(closestOf(element, 'companyLink')), 'companySlug:link'],
    };
  }
  const link = queryFirst(main, 'currentCompanyLink');
  if (!link) return {};
  return {
    company: [link.textContent, 'company:link'],
    companySlug: [companySlugOfLink(link), 'companySlug:link'],
  };
}

function industryFromOverview(main: Element): string | undefined {
  const term = queryAll(main, 'definitionTerm').find((element) => isIndustryTerm(element.textContent));
  let next = term?.nextElementSibling ?? null;
  while (next && next.tagName.toLowerCase() !== 'dd') next = next.nextElementSibling;
  return next?.textContent ?? undefined;
}

const readStructure: Layer = ({ doc, page }) => {
  const main = mainRegion(doc);
  if (!main) return {};
  const heading = nameHeading(doc, page.kind);
  const name = cleanText(heading?.textContent);
  if (page.kind === 'company') {
    return { fullName: [name, 'name:h1'], industry: [industryFromOverview(main), 'industry:dl'] };
  }
  const root = topCardRoot(doc, heading);
  const reading: Reading = { fullName: [name, 'name:h1'] };
  Object.assign(reading, currentCompanyByLabel(main));
  if (heading && root) reading.headline = [headlineNear(heading, root, name), 'headline:structure'];
  reading.location = [locationBeforeContactInfo(main), 'location:structure'];
  return reading;
};

// (c) <title> and meta tags. A "Name - Title - Company" string only counts when its name is the
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
  const ogUrl = attribute(queryFirst(doc, 'ogUrl'), 'content');
  const metaIsCurrent = ogUrl === undefined || isAboutThisPage(ogUrl, page);
  const ogTitle = metaIsCurrent ? attribute(queryFirst(doc, 'ogTitle'), 'content') : undefined;
  if (page.kind === 'company') {
    return combine(
      { fullName: [companyNameFromTitle(pageTitle), 'name:page-title'] },
      { fullName: [companyNameFromTitle(ogTitle), 'name:meta'] },
    );
  }
  let reading = combine(fromDashTitle(pageTitle, found, 'page-title'), fromDashTitle(ogTitle, found, 'meta'));
  const description = metaIsCurrent ? attribute(queryFirst(doc, 'description'), 'content') : undefined;
  if (description && / [-–—] .*\|\s*(?:linkedin|领英)\s*$/i.test(description)) {
    reading = combine(reading, fromDashTitle(description, found, 'meta'));
  } else if (description && ogUrl !== undefined) {
    // The public "Headline · Experience: X · Location: Y" form names nobody, so it needs og:url.
    const parts = parseDescription(description);
    reading = combine(reading, {
      headline: [parts.headline, 'headline:meta'],
      company: [parts.company, 'company:meta'],
      location: [parts.location, 'location:meta'],
    });
  }
  return reading;
};

// (d) Class names: the layout of a given year, most likely to have changed.
const readClasses: Layer = ({ doc, page }) => {
  const text = (element: Element | null | undefined) => element?.textContent ?? undefined;
  if (page.kind === 'company') {
    const items = queryAll(doc, 'companyInfoItem').map((element) => cleanText(element.textContent));
    const location = items[1] && !/\d/.test(items[1]) ? items[1] : undefined;
    return {
      fullName: [text(queryFirst(doc, 'companyName')), 'name:class'],
      industry: [items[0], 'industry:class'],
      location: [location, 'location:class'],
    };
  }
  return {
    fullName: [text(queryFirst(doc, 'personName')), 'name:class'],
    headline: [text(queryFirst(doc, 'personHeadline')), 'headline:class'],
    company: [text(queryFirst(doc, 'currentCompanyText')), 'company:class'],
    location: [text(queryFirst(doc, 'personLocation')), 'location:class'],
  };
};

const LAYERS: Layer[] = [readJsonLd, readStructure, readTitleAndMeta, readClasses];

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
      const reading = layer(context, found);
      for (const [field, entry] of Object.entries(reading) as [Field, Reading[Field]][]) {
        if (entry) take(field, entry[0], entry[1]);
      }
    } catch {
      // a broken layer is skipped; the others still read
    }
  }
  if (context.page.kind === 'person' && (!found.title || !found.company)) {
    const parts = splitHeadline(found.headline, context.language);
    take('title', parts.title, 'title:headline');
    take('company', parts.company, 'company:headline');
  }
  take('fullName', nameFromSlug(context.page.slug), 'name:slug');
  return { found, cues };
}

/**
 * The snapshot of a LinkedIn person or company page; null only when `href` is neither.
 * Never throws: a layer that fails is skipped and what was read is returned.
 */
export function readProfile(doc: Document, href: string): ProfileSnapshot | null {
  let page: ProfilePage | null;
  try {
    page = profilePageOf(href);
  } catch {
    return null;
  }
  if (!page) return null;
  const snapshot: ProfileSnapshot = {
    kind: page.kind,
    url: canonicalUrl(page).slice(0, 2048),
    slug: page.slug.slice(0, 256),
    cues: [],
  };
  try {
    const { found, cues } = readFields({ doc, page, language: languageOf(doc) });
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
