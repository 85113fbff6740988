/** Warm intros for the profile a rep opened (docs/PACK-FORMAT.md, "Matching a profile"). */
import { profileKeys, relationshipKeys, type LookupKeys } from '../identity/keys';
import { compareSubjects } from '../identity/same-subject';
import type { ProfileSnapshot, Relationship, StoredRelationship } from '../model';
import { summarizeReadiness, type Readiness } from './readiness';
import { confirmedOn, isStale } from './staleness';

export type IntroMatch = 'exact' | 'likely' | 'company';

/** One intro; `R` is what the relationship carries (the panel gets it without the store's bookkeeping). */
export type IntroHint<R extends Relationship = Relationship> = {
  relationship: R;
  match: IntroMatch;
  /** Higher is better; follows the ordering below except for the recency tie-break. */
  score: number;
  /** The best path to this prospect: the first hint whose holder agreed to introduce. */
  best: boolean;
  /** Not confirmed by its creator for 12 months (./staleness.ts): "may be stale", ranked below fresh ones. */
  stale: boolean;
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
 * Hints best path first. Fresh flags come before stale ones (not confirmed for 12 months). Then a
 * path the rep can take: a holder who agreed to introduce (a likely match who has not offered is
 * no path, a company contact who will is one). Then match certainty (exact, likely, company),
 * then strength, then the most recently confirmed (else updated). The first hint whose holder
 * agreed is marked `best`. Duplicates (one record found through several
 * indexes) appear once; candidates that do not match are dropped.
 */
export function rankWarmIntros<R extends StoredRelationship>(
  profile: ProfileSnapshot,
  candidates: R[],
  now: Date = new Date(),
): IntroHint<R>[] {
  const nowMs = now.getTime();
  const keys = profileKeys(profile);
  const listed = new Set<string>();
  const ranked: Array<IntroHint<R> & { recency: number }> = [];
  for (const rel of candidates) {
    if (listed.has(rel.id)) continue;
    const match = matchOf(profile, keys, rel);
    if (!match) continue;
    listed.add(rel.id);
    const stale = isStale(rel, now);
    ranked.push({
      relationship: rel,
      match,
      score: (stale ? 0 : 10_000) + (rel.canIntro ? 1000 : 0) + MATCH_RANK[match] * 100 + rel.strength,
      best: false,
      stale,
      readiness: summarizeReadiness(rel.qualification),
      recency: recency(confirmedOn(rel), nowMs),
    });
  }
  ranked.sort((a, b) => b.score - a.score || b.recency - a.recency);
  const best = ranked.find((hint) => hint.relationship.canIntro);
  return ranked.map(({ recency: _recency, ...hint }) => ({ ...hint, best: hint.relationship.id === best?.relationship.id }));
}
