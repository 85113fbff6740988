/** Suggested library content for a prospect: approved, in date, ranked by audience fit. */
import type { ContentItem, ProfileSnapshot, Seniority } from '../model';
import { isInWindow, timeOf, timeOrZero } from './availability';
import { normalizeCompany } from '../identity/normalize';
import { inferSeniority } from './seniority';
import { foldWords, hasWords, padded } from './text';

export type SuggestionFit = 'targeted' | 'general';

export type Suggestion<T extends ContentItem = ContentItem> = {
  item: T;
  score: number;
  fit: SuggestionFit;
  /** Why it was chosen, in words a rep reads: "Matches 'marketing' in their title". */
  reasons: string[];
};

export type SuggestOptions = { limit?: number };

export const DEFAULT_SUGGESTION_LIMIT = 5;
/** Items expiring within this many days say so. */
export const EXPIRY_NOTICE_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

// Each matched criterion is worth more than any kind preference, so fit always decides first.
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

type Keyword = { raw: string; folded: string };

/** An item's audience with its keywords folded once; items are treated as immutable. */
type CompiledItem = {
  titles: Keyword[];
  seniorities: ReadonlySet<Seniority>;
  companies: Keyword[];
  industries: Keyword[];
  hasCriteria: boolean;
  validFrom: number | undefined;
  expiresAt: number | undefined;
  updatedAt: number;
};

const compiledItems = new WeakMap<ContentItem, CompiledItem>();

function keywords(values: string[] | undefined, foldWith: (value: string) => string): Keyword[] {
  return (values ?? [])
    .map((raw) => ({ raw: raw.trim(), folded: foldWith(raw) }))
    .filter((keyword) => keyword.folded !== '');
}

// Keywords and company names repeat across items, and folding them is most of the cost of
// compiling an item that was just read from the store (a new object each time).
const KEY_CACHE_SIZE = 10_000;

function memoized(fn: (value: string) => string): (value: string) => string {
  const cache = new Map<string, string>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined) {
      if (cache.size >= KEY_CACHE_SIZE) cache.clear();
      result = fn(value);
      cache.set(value, result);
    }
    return result;
  };
}

const keywordKey = memoized(foldWords);
const companyKey = memoized(normalizeCompany);

function compile(item: ContentItem): CompiledItem {
  const cached = compiledItems.get(item);
  if (cached) return cached;
  const audience = item.audience;
  const titles = keywords(audience?.titles, keywordKey);
  const seniorities = new Set(audience?.seniorities ?? []);
  const companies = keywords(audience?.companies, companyKey);
  const industries = keywords(audience?.industries, keywordKey);
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

/** The prospect's side of the comparison, folded once per call. */
type Prospect = {
  title: string;
  headline: string;
  seniority: Seniority | undefined;
  companyKey: string;
  industry: string;
};

function prospectOf(profile: ProfileSnapshot): Prospect {
  const company = profile.kind === 'company' ? (profile.fullName ?? profile.company) : profile.company;
  return {
    title: padded(profile.title),
    headline: padded(profile.headline),
    seniority: profile.kind === 'person' ? (inferSeniority(profile.title) ?? inferSeniority(profile.headline)) : undefined,
    companyKey: normalizeCompany(company),
    industry: padded(profile.industry),
  };
}

/**
 * Audience fit. Each kind of criterion (titles, seniorities, companies, industries) can be
 * checked only when the profile has the field it needs: a title or headline, a seniority
 * inferred from them, a current company, an industry. The rule:
 * - no criteria at all: a general item, always kept;
 * - otherwise the item is kept (targeted) only when at least one checkable criterion matches.
 *   A criterion that cannot be checked neither keeps nor drops an item by itself, but an item
 *   whose criteria are all uncheckable has nothing that fits and is left out: targeted content
 *   for an unknown prospect is a guess, and general content still covers them.
 * Kinds of criteria are alternatives (any may fit), not requirements (all must fit).
 *
 * Returns how many criteria matched (each title or industry keyword, the seniority, the
 * company); 0 means the item is left out. Reasons are pushed only when asked for, since only
 * the few items shown need them.
 */
function matchAudience(compiled: CompiledItem, prospect: Prospect, reasons?: string[]): number {
  let matched = 0;

  let titleReason: string | undefined;
  for (const keyword of compiled.titles) {
    const inTitle = hasWords(prospect.title, keyword.folded);
    if (!inTitle && !hasWords(prospect.headline, keyword.folded)) continue;
    matched += 1;
    titleReason ??= `Matches '${keyword.raw}' in their ${inTitle ? 'title' : 'headline'}`;
  }
  if (titleReason) reasons?.push(titleReason);

  if (prospect.seniority && compiled.seniorities.has(prospect.seniority)) {
    matched += 1;
    reasons?.push(`Written for ${WRITTEN_FOR[prospect.seniority]}`);
  }

  const company = prospect.companyKey ? compiled.companies.find((k) => k.folded === prospect.companyKey) : undefined;
  if (company) {
    matched += 1;
    reasons?.push(`Aimed at ${company.raw}`);
  }

  let industryReason: string | undefined;
  for (const keyword of compiled.industries) {
    if (!hasWords(prospect.industry, keyword.folded)) continue;
    matched += 1;
    industryReason ??= `For their industry: ${keyword.raw}`;
  }
  if (industryReason) reasons?.push(industryReason);

  return matched;
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

/**
 * The best `limit` items for this prospect: targeted above general, more matched criteria
 * higher, messages and posts a little above talking points, objections and FAQs, then newer first.
 * Keeps only the best few while scanning, so thousands of items cost one pass and no sort.
 */
export function suggestContent<T extends ContentItem>(
  profile: ProfileSnapshot,
  items: readonly T[],
  now: Date,
  opts: SuggestOptions = {},
): Suggestion<T>[] {
  const limit = opts.limit ?? DEFAULT_SUGGESTION_LIMIT;
  if (limit <= 0) return [];
  const prospect = prospectOf(profile);
  const nowMs = now.getTime();
  const top: Candidate<T>[] = [];
  for (const item of items) {
    // The same rule as isAvailable, on dates parsed once per item.
    if (item.status !== 'approved') continue;
    const compiled = compile(item);
    if (!isInWindow(compiled.validFrom, compiled.expiresAt, nowMs)) continue;
    let score = KIND_WEIGHT[item.kind];
    if (compiled.hasCriteria) {
      const matched = matchAudience(compiled, prospect);
      if (matched === 0) continue;
      score += CRITERION_WEIGHT * (1 + matched);
    }
    keepTop(top, { item, compiled, score }, limit);
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
