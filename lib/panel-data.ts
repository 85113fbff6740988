/** What the panel shows for one prospect: a few indexed reads, then pure ranking. */
import type { GuardrailMap } from './actions/guardrails';
import { loadGuardrails } from './actions/guardrails-store';
import { getSettings, listApprovedContent, relationshipsByKeys } from './db';
import { suggestContent, type Suggestion } from './match/suggest';
import { profileKeys } from './identity/keys';
import { rankWarmIntros, type IntroHint } from './match/warm-intros';
import type { ProfileSnapshot } from './model/profile';
import type { Settings } from './model/settings';
import type { StoredContent } from './model/stored';

export async function loadWarmIntros(profile: ProfileSnapshot, now = new Date()): Promise<IntroHint[]> {
  return rankWarmIntros(profile, await relationshipsByKeys(profileKeys(profile)), now);
}

/**
 * Everything the panel's first paint needs for one prospect, small enough to pass in a message:
 * the background prepares it when the content script reports the profile, while the panel's
 * frame is still starting, so the panel paints from one answer instead of reading the store.
 */
export type ProspectView = {
  snapshot: ProfileSnapshot;
  intros: IntroHint[];
  suggestions: Suggestion<StoredContent>[];
  settings: Settings;
  guardrails: GuardrailMap;
};

export async function loadProspectView(snapshot: ProfileSnapshot, now = new Date()): Promise<ProspectView> {
  const [intros, approved, settings, guardrails] = await Promise.all([
    loadWarmIntros(snapshot, now),
    listApprovedContent(),
    getSettings(),
    loadGuardrails(),
  ]);
  return { snapshot, intros, suggestions: suggestContent(snapshot, approved, now), settings, guardrails };
}
