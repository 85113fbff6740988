/** Warm intros for the profile a rep opened (PACK-FORMAT.md, "Matching a profile"). */
import { companySlugOf, normalizeSlug, personSlugOf } from '../linkedin/urls';
import type { ProfileSnapshot, StoredRelationship } from '../model';
import { normalizeCompany, normalizeName } from './normalize';
import { summarizeReadiness, type Readiness } from './readiness';

export type IntroMatch = 'exact' | 'likely' | 'company';

export type IntroHint = {
  relationship: StoredRelationship;
  match: IntroMatch;
  /** Higher is better; follows the ordering below except for the recency tie-break. */
  score: number;
  readiness: Readiness;
};

/** The index keys a store lookup should read for this profile; absent keys are not looked up. */
export type IntroQuery = {
  personSlug?: string;
  personNameKey?: string;
  companyKey?: string;
  companySlug?: string;
};

const MATCH_RANK: Record<IntroMatch, number> = { exact: 3, likely: 2, company: 1 };

/** The company a profile stands for: its current company, or the company page itself. */
function profileCompanyName(profile: ProfileSnapshot): string | undefined {
  return profile.kind === 'company' ? (profile.fullName ?? profile.company) : profile.company;
}

function profileCompanySlug(profile: ProfileSnapshot): string {
  const slug = profile.kind === 'company' ? profile.slug : profile.companySlug;
  return slug ? normalizeSlug(slug) : '';
}

export function introQuery(profile: ProfileSnapshot): IntroQuery {
  const query: IntroQuery = {};
  if (profile.kind === 'person') {
    const personSlug = normalizeSlug(profile.slug);
    const personNameKey = normalizeName(profile.fullName);
    if (personSlug) query.personSlug = personSlug;
    if (personNameKey) query.personNameKey = personNameKey;
  }
  const companyKey = normalizeCompany(profileCompanyName(profile));
  const companySlug = profileCompanySlug(profile);
  if (companyKey) query.companyKey = companyKey;
  if (companySlug) query.companySlug = companySlug;
  return query;
}

/**
 * Which kind of match `rel` is for the profile, or null. Candidates come from index lookups that
 * may over-fetch (or hold keys derived by an older normaliser), so each is checked against its own
 * fields here. The person slug comes from the stored keys, or from the URL when keys are missing.
 */
function matchOf(profile: ProfileSnapshot, rel: StoredRelationship): IntroMatch | null {
  if (rel.scope === 'person') {
    if (profile.kind !== 'person' || !rel.person) return null;
    const relSlug = rel.keys?.personSlug ?? personSlugOf(rel.person.profileUrl);
    if (relSlug && relSlug === normalizeSlug(profile.slug)) return 'exact';
    const name = normalizeName(rel.person.name);
    const company = normalizeCompany(rel.company?.name);
    const sameName = name !== '' && name === normalizeName(profile.fullName);
    const sameCompany = company !== '' && company === normalizeCompany(profile.company);
    return sameName && sameCompany ? 'likely' : null;
  }
  if (!rel.company) return null;
  const pageSlug = profileCompanySlug(profile);
  const relSlug = rel.keys?.companySlug ?? companySlugOf(rel.company.linkedinUrl);
  if (pageSlug && relSlug === pageSlug) return 'company';
  const company = normalizeCompany(rel.company.name);
  return company !== '' && company === normalizeCompany(profileCompanyName(profile)) ? 'company' : null;
}

/** Milliseconds for ordering by recency; a date in the future counts as now, a bad one as oldest. */
function recency(iso: string, now: number): number {
  const at = Date.parse(iso);
  return Number.isNaN(at) ? 0 : Math.min(at, now);
}

/**
 * Hints best first: exact, then likely, then company; within each, those whose holder agreed to
 * introduce first, then stronger, then more recently updated. Duplicates (one record found
 * through several indexes) appear once; candidates that do not match are dropped.
 */
export function rankWarmIntros(
  profile: ProfileSnapshot,
  candidates: StoredRelationship[],
  now: Date = new Date(),
): IntroHint[] {
  const nowMs = now.getTime();
  const seen = new Set<string>();
  const ranked: Array<IntroHint & { recency: number }> = [];
  for (const rel of candidates) {
    if (seen.has(rel.id)) continue;
    const match = matchOf(profile, rel);
    if (!match) continue;
    seen.add(rel.id);
    ranked.push({
      relationship: rel,
      match,
      score: MATCH_RANK[match] * 100 + (rel.canIntro ? 10 : 0) + rel.strength,
      readiness: summarizeReadiness(rel.qualification),
      recency: recency(rel.updatedAt, nowMs),
    });
  }
  ranked.sort((a, b) => b.score - a.score || b.recency - a.recency);
  return ranked.map(({ recency: _recency, ...hint }) => hint);
}
