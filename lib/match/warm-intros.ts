/** Warm intros for the profile a rep opened (docs/PACK-FORMAT.md, "Matching a profile"). */
import { profileKeys, relationshipKeys, type LookupKeys } from '../identity/keys';
import { compareSubjects } from '../identity/same-subject';
import type { ProfileSnapshot, StoredRelationship } from '../model';
import { summarizeReadiness, type Readiness } from './readiness';

export type IntroMatch = 'exact' | 'likely' | 'company';

export type IntroHint = {
  relationship: StoredRelationship;
  match: IntroMatch;
  /** Higher is better; follows the ordering below except for the recency tie-break. */
  score: number;
  readiness: Readiness;
};

const MATCH_RANK: Record<IntroMatch, number> = { exact: 3, likely: 2, company: 1 };

/**
 * Which kind of match `rel` is for the profile, or null. Candidates come from index lookups that
 * may over-fetch (or hold keys derived by an older normaliser), so each is checked against keys
 * derived from its own fields. A person is exact by profile slug and likely by name and company,
 * even where the stored URL names another slug (slugs can change); a company matches either way.
 */
function matchOf(profile: ProfileSnapshot, seen: LookupKeys, rel: StoredRelationship): IntroMatch | null {
  if (rel.scope === 'person' && profile.kind !== 'person') return null;
  // A person's page is compared at the rel's scope: the person, or their current company.
  const found = compareSubjects({ scope: rel.scope, keys: seen }, { scope: rel.scope, keys: relationshipKeys(rel) });
  if (!found) return null;
  if (rel.scope === 'company') return 'company';
  return found === 'same-page' ? 'exact' : 'likely';
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
  const keys = profileKeys(profile);
  const listed = new Set<string>();
  const ranked: Array<IntroHint & { recency: number }> = [];
  for (const rel of candidates) {
    if (listed.has(rel.id)) continue;
    const match = matchOf(profile, keys, rel);
    if (!match) continue;
    listed.add(rel.id);
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
