/**
 * Everything the panel shows for one prospect, read from the store and ranked: the same for both
 * hosts. The background prepares it for the in-page panel (lib/background/prospect-views.ts); the
 * side panel, a top-level extension page, computes it itself (views/sidepanel/).
 */
import { loadGuardrails } from '../actions/guardrails-store';
import { getMeta, hasRelationships, getSettings, listApprovedContent, listIntros, META, relationshipsByKeys } from '../db';
import { asksThroughTeam, ownRequestsByFlag } from '../intros/requests';
import { profileKeys } from '../identity/keys';
import { prepareLibrary, suggestContent, type PreparedLibrary, type Suggestion } from '../match/suggest';
import { rankWarmIntros, type IntroHint } from '../match/warm-intros';
import type { GuardrailMap, Settings, StoredContent, StoredIntro, StoredRelationship, TeamSession } from '../model';
import type { ProfileSnapshot } from '../model/profile';
import type { ProspectView } from '../protocol/replies';
import { boundedView } from './view-bounds';

/** The relationships that know this prospect, best first: a few indexed reads, then ranking. */
export async function loadWarmIntros(profile: ProfileSnapshot, now = new Date()): Promise<IntroHint<StoredRelationship>[]> {
  return rankWarmIntros(profile, await relationshipsByKeys(profileKeys(profile)), now);
}

/** What every prospect's view is ranked against: read once, kept while nothing changes (the side panel keeps it). */
export type LibraryState = {
  approved: StoredContent[];
  /** The approved items prepared for ranking (lib/match/suggest.ts), built once per library. */
  ranking: PreparedLibrary<StoredContent>;
  settings: Settings;
  guardrails: GuardrailMap;
  /** Whether any relationship is stored (not how many: counting walks the whole store). */
  anyRelationships: boolean;
  /** In a team: the teams whose flags and library this browser holds. */
  session: TeamSession | undefined;
};

/**
 * The ranking prepared for each library read. The approved cache (lib/db/approved-cache.ts) hands
 * out the same array until a content write, and a new one after it: so a changed library is
 * prepared again, and an unchanged one is not, in whichever context reads it.
 */
const prepared = new WeakMap<readonly StoredContent[], PreparedLibrary<StoredContent>>();

function rankingOf(approved: readonly StoredContent[]): PreparedLibrary<StoredContent> {
  let ranking = prepared.get(approved);
  if (!ranking) prepared.set(approved, (ranking = prepareLibrary(approved)));
  return ranking;
}

export async function loadLibraryState(): Promise<LibraryState> {
  const [approved, settings, guardrails, anyRelationships, session] = await Promise.all([
    listApprovedContent(),
    getSettings(),
    loadGuardrails(),
    hasRelationships(),
    getMeta(META.teamSession),
  ]);
  return { approved, ranking: rankingOf(approved), settings, guardrails, anyRelationships, session };
}

/** One prospect's view against a library already read, within the view's limits. */
export async function viewAgainst(snapshot: ProfileSnapshot, library: LibraryState, now = new Date()): Promise<ProspectView> {
  // The store looks up the intros on its own thread while the suggestions are ranked here.
  const intros = loadWarmIntros(snapshot, now);
  const requests = library.session ? listIntros() : Promise.resolve([]);
  const suggestions = suggestContent(snapshot, library.ranking, now);
  return assembleView(snapshot, library, await intros, await requests, suggestions, now);
}

/** Everything the panel shows for one prospect (its first paint needs nothing else), within the view's limits. */
export async function loadProspectView(snapshot: ProfileSnapshot, now = new Date()): Promise<ProspectView> {
  const [library, intros, requests] = await Promise.all([loadLibraryState(), loadWarmIntros(snapshot, now), listIntros()]);
  return assembleView(snapshot, library, intros, requests, suggestContent(snapshot, library.ranking, now), now);
}

function assembleView(
  snapshot: ProfileSnapshot,
  library: LibraryState,
  intros: IntroHint<StoredRelationship>[],
  requests: readonly StoredIntro[],
  suggestions: Suggestion<StoredContent>[],
  now: Date,
): ProspectView {
  const { ranking, settings, guardrails, anyRelationships, session } = library;
  const teams = session?.teams ?? [];
  return boundedView(
    {
      snapshot,
      intros,
      suggestions,
      settings,
      guardrails,
      library: { approved: ranking.availableAt(now.getTime()), anyRelationships },
      ...(session ? { team: { names: teams.map((team) => team.name) } } : {}),
    },
    {
      teamNames: new Map(teams.map((team) => [team.id, team.name])),
      viaTeam: (rel) => asksThroughTeam(rel, session),
      requests: session ? ownRequestsByFlag(requests, session.user.id) : new Map(),
    },
  );
}
