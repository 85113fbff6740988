/** Suggested library content for a prospect: approved, in date, ranked by audience fit. */
import type { ContentItem, ProfileSnapshot, Seniority } from '../model';
import { isInWindow, timeOf, timeOrZero } from './availability';
import { normalizeCompany } from '../identity/normalize';
import { compileKeyword, keywordIn, matchText, type Keyword, type MatchText } from './keywords';
import { inferSeniority } from './seniority';

export type SuggestionFit = 'targeted' | 'general';

export type Suggestion<T extends ContentItem = ContentItem> = {
  item: T;
  score: number;
  fit: SuggestionFit;
  /** Why it was chosen, in words a rep reads: "Title: Chief Financial Officer matches 'finance'". */
  reasons: string[];
};

export type SuggestOptions = { limit?: number };

export const DEFAULT_SUGGESTION_LIMIT = 5;
/** Items expiring within this many days say so. */
export const EXPIRY_NOTICE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

// Each point of audience fit is worth more than any kind preference, so fit always decides first.
const CRITERION_WEIGHT = 10;
const KIND_WEIGHT: Record<ContentItem['kind'], number> = {
  message: 2,
  post: 2,
  'talking-point': 1,
  objection: 0,
  faq: 0,
};

const WRITTEN_FOR: Record<Seniority, string> = {
  entry: 'entry-level staff',
  senior: 'senior staff',
  manager: 'managers',
  director: 'directors',
  vp: 'VPs',
  cxo: 'C-level executives',
  owner: 'owners and founders',
};

// How much each kind of criterion says about fit when it matches: a named company most, then the
// title keywords, the industry, and last the seniority (a VP of Marketing is no finance leader).
const KIND_FIT = { companies: 4, titles: 3, industries: 2, seniorities: 1 } as const;

type CompanyName = { raw: string; key: string };

/** An item's audience with its keywords compiled once; items are treated as immutable. */
type CompiledItem = {
  titles: Keyword[];
  seniorities: ReadonlySet<Seniority>;
  companies: CompanyName[];
  industries: Keyword[];
  hasCriteria: boolean;
  validFrom: number | undefined;
  expiresAt: number | undefined;
  updatedAt: number;
};

const compiledItems = new WeakMap<ContentItem, CompiledItem>();

// Keywords and company names repeat across items, and compiling them is most of the cost of
// compiling an item that was just read from the store (a new object each time).
const KEY_CACHE_SIZE = 10_000;

function memoized<T>(fn: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    if (cache.has(value)) return cache.get(value) as T;
    if (cache.size >= KEY_CACHE_SIZE) cache.clear();
    const result = fn(value);
    cache.set(value, result);
    return result;
  };
}

const keywordOf = memoized(compileKeyword);
const companyKey = memoized(normalizeCompany);

function keywords(values: string[] | undefined): Keyword[] {
  return (values ?? []).flatMap((raw) => keywordOf(raw) ?? []);
}

function compile(item: ContentItem): CompiledItem {
  const cached = compiledItems.get(item);
  if (cached) return cached;
  const audience = item.audience;
  const titles = keywords(audience?.titles);
  const seniorities = new Set(audience?.seniorities ?? []);
  const companies = (audience?.companies ?? []).map((raw) => ({ raw: raw.trim(), key: companyKey(raw) })).filter((company) => company.key !== '');
  const industries = keywords(audience?.industries);
  const compiled: CompiledItem = {
    titles,
    seniorities,
    companies,
    industries,
    hasCriteria: titles.length + seniorities.size + companies.length + industries.length > 0,
    validFrom: timeOf(item.validFrom),
    expiresAt: timeOf(item.expiresAt),
    updatedAt: timeOrZero(item.updatedAt),
  };
  compiledItems.set(item, compiled);
  return compiled;
}

/** The prospect's side of the comparison, compiled once per call. */
type Prospect = {
  title: MatchText;
  headline: MatchText;
  /** The seniority their title (else headline) suggests, and that text. */
  seniority: { level: Seniority; from: string } | undefined;
  company: { name: string; key: string } | undefined;
  industry: MatchText;
};

function seniorityOf(...texts: Array<string | undefined>): Prospect['seniority'] {
  for (const text of texts) {
    const level = inferSeniority(text);
    if (level && text) return { level, from: text.trim() };
  }
  return undefined;
}

function prospectOf(profile: ProfileSnapshot): Prospect {
  const company = profile.kind === 'company' ? (profile.fullName ?? profile.company) : profile.company;
  const key = normalizeCompany(company);
  // The company's name is not the person's function: "Journalist at Financial Times" is no finance buyer.
  const notTheirFunction = [company, key];
  return {
    title: matchText(profile.title, notTheirFunction),
    headline: matchText(profile.headline, notTheirFunction),
    seniority: profile.kind === 'person' ? seniorityOf(profile.title, profile.headline) : undefined,
    company: company && key ? { name: company.trim(), key } : undefined,
    industry: matchText(profile.industry),
  };
}

/** "Title: Chief Financial Officer matches 'finance'": the first keyword in the title, else in the headline. */
function titleReason(keywords: readonly Keyword[], prospect: Prospect): string | undefined {
  for (const [label, text] of [['Title', prospect.title], ['Headline', prospect.headline]] as const) {
    const keyword = text.text ? keywords.find((candidate) => keywordIn(candidate, text)) : undefined;
    if (keyword) return `${label}: ${text.text} matches '${keyword.raw}'`;
  }
  return undefined;
}

/**
 * Audience fit (docs/PACK-FORMAT.md). Each kind of criterion (titles, seniorities, companies,
 * industries) can be checked only when the profile shows what it needs: a title or headline, a
 * seniority inferred from them, a current company, an industry. The rule:
 * - no criteria at all: a general item, always kept;
 * - otherwise every kind that has values and can be checked must match (any one value within a
 *   kind); a kind that cannot be checked neither keeps nor drops the item, but an item none of
 *   whose kinds can be checked is left out: targeted content for an unknown prospect is a guess,
 *   and general content still covers them.
 *
 * Returns the fit of the kinds that matched (KIND_FIT, summed); 0 means the item is left out.
 * Reasons, saying what on the page matched what in the audience, are pushed only when asked
 * for, since only the few items shown need them.
 */
function matchAudience(compiled: CompiledItem, prospect: Prospect, reasons?: string[]): number {
  const found: Array<[kind: keyof typeof KIND_FIT, reason: string | undefined]> = [];

  if (compiled.titles.length && (prospect.title.text || prospect.headline.text)) {
    found.push(['titles', titleReason(compiled.titles, prospect)]);
  }
  const seniority = prospect.seniority;
  if (compiled.seniorities.size && seniority) {
    const fits = compiled.seniorities.has(seniority.level);
    found.push(['seniorities', fits ? `Seniority: ${seniority.from} matches ${WRITTEN_FOR[seniority.level]}` : undefined]);
  }
  const company = prospect.company;
  if (compiled.companies.length && company) {
    const named = compiled.companies.find((candidate) => candidate.key === company.key);
    found.push(['companies', named ? `Company: ${company.name} matches '${named.raw}'` : undefined]);
  }
  if (compiled.industries.length && prospect.industry.text) {
    const keyword = compiled.industries.find((candidate) => keywordIn(candidate, prospect.industry));
    found.push(['industries', keyword ? `Industry: ${prospect.industry.text} matches '${keyword.raw}'` : undefined]);
  }

  if (found.length === 0 || found.some(([, reason]) => reason === undefined)) return 0;
  let fit = 0;
  for (const [kind, reason] of found) {
    fit += KIND_FIT[kind];
    if (reason) reasons?.push(reason);
  }
  return fit;
}

function expiryReason(expiresAt: number | undefined, now: number): string | undefined {
  if (expiresAt === undefined) return undefined;
  const days = Math.ceil((expiresAt - now) / DAY_MS);
  if (days > EXPIRY_NOTICE_DAYS) return undefined;
  return days <= 1 ? 'Expires within a day' : `Expires in ${days} days`;
}

type Candidate<T extends ContentItem> = { item: T; compiled: CompiledItem; score: number };

/** True when `a` ranks above `b`: higher score, then newer, then by id for a stable answer. */
function ranksAbove<T extends ContentItem>(a: Candidate<T>, b: Candidate<T>): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.compiled.updatedAt !== b.compiled.updatedAt) return a.compiled.updatedAt > b.compiled.updatedAt;
  return a.item.id < b.item.id;
}

/** Puts `candidate` into `top` (best first, at most `limit` long) if it belongs there. */
function keepTop<T extends ContentItem>(top: Candidate<T>[], candidate: Candidate<T>, limit: number): void {
  const last = top[top.length - 1];
  if (top.length >= limit && last && !ranksAbove(candidate, last)) return;
  let index = top.length;
  while (index > 0 && ranksAbove(candidate, top[index - 1] as Candidate<T>)) index -= 1;
  top.splice(index, 0, candidate);
  if (top.length > limit) top.pop();
}

/** Items that share one audience: its fit is reckoned once per prospect, for all of them. */
type AudienceGroup<T extends ContentItem> = {
  audience: CompiledItem;
  /** In rank order within the group (kind, then newer, then id): the prospect cannot change it. */
  members: Array<{ item: T; compiled: CompiledItem }>;
};

/**
 * What ranking needs of a library that does not depend on the prospect: its approved items
 * compiled and grouped by audience, each group in rank order. Build it once per library (it is
 * only right for the items it was built from) and rank every prospect against it.
 */
export type PreparedLibrary<T extends ContentItem> = {
  groups: AudienceGroup<T>[];
  /** How many of its items are in date at `nowMs`. */
  availableAt(nowMs: number): number;
};

const audienceKey = (audience: ContentItem['audience']) =>
  JSON.stringify([audience?.titles ?? [], audience?.seniorities ?? [], audience?.companies ?? [], audience?.industries ?? []]);

function kindThenNewer<T extends ContentItem>(a: { item: T; compiled: CompiledItem }, b: { item: T; compiled: CompiledItem }): number {
  return KIND_WEIGHT[b.item.kind] - KIND_WEIGHT[a.item.kind] || b.compiled.updatedAt - a.compiled.updatedAt || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
}

export function prepareLibrary<T extends ContentItem>(items: readonly T[]): PreparedLibrary<T> {
  const groups = new Map<string, AudienceGroup<T>>();
  const windows: CompiledItem[] = [];
  for (const item of items) {
    if (item.status !== 'approved') continue;
    const compiled = compile(item);
    windows.push(compiled);
    const key = audienceKey(item.audience);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { audience: compiled, members: [] }));
    group.members.push({ item, compiled });
  }
  for (const group of groups.values()) group.members.sort(kindThenNewer);
  return {
    groups: [...groups.values()],
    availableAt: (nowMs) => windows.reduce((count, compiled) => count + (isInWindow(compiled.validFrom, compiled.expiresAt, nowMs) ? 1 : 0), 0),
  };
}

/**
 * The best `limit` items for this prospect: targeted above general, better fit higher (a named
 * company, then title keywords, industry, seniority: a title match outranks a seniority-only
 * one), messages and posts a little above talking points, objections and FAQs, then newer first.
 * `items`: the library, or the same prepared once (prepareLibrary) when many prospects are ranked
 * against it. Each audience is matched once, and each group read only while its items still make
 * the top: thousands of items cost a few dozen comparisons.
 */
export function suggestContent<T extends ContentItem>(
  profile: ProfileSnapshot,
  items: readonly T[] | PreparedLibrary<T>,
  now: Date,
  opts: SuggestOptions = {},
): Suggestion<T>[] {
  const limit = opts.limit ?? DEFAULT_SUGGESTION_LIMIT;
  if (limit <= 0) return [];
  const library = 'groups' in items ? items : prepareLibrary(items);
  const prospect = prospectOf(profile);
  const nowMs = now.getTime();
  const top: Candidate<T>[] = [];
  for (const { audience, members } of library.groups) {
    let score = 0;
    if (audience.hasCriteria) {
      const fit = matchAudience(audience, prospect);
      if (fit === 0) continue;
      score = CRITERION_WEIGHT * (1 + fit);
    }
    for (const { item, compiled } of members) {
      // The same rule as isAvailable, on dates parsed once per item.
      if (!isInWindow(compiled.validFrom, compiled.expiresAt, nowMs)) continue;
      const candidate = { item, compiled, score: score + KIND_WEIGHT[item.kind] };
      const last = top[top.length - 1];
      // The rest of the group ranks below this one: none of it makes the top either.
      if (top.length >= limit && last && !ranksAbove(candidate, last)) break;
      keepTop(top, candidate, limit);
    }
  }
  return top.map(({ item, compiled, score }) => {
    const reasons: string[] = [];
    if (compiled.hasCriteria) matchAudience(compiled, prospect, reasons);
    else reasons.push('General: approved for any prospect');
    const expiry = expiryReason(compiled.expiresAt, nowMs);
    if (expiry) reasons.push(expiry);
    return { item, score, fit: compiled.hasCriteria ? 'targeted' : 'general', reasons };
  });
}
