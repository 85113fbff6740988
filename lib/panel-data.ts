/** What the panel shows for one prospect: a few indexed reads, then pure ranking. */
import { listContentByStatus, relationshipsForProfile } from './db';
import { introQuery, rankWarmIntros, type IntroHint } from './match/warm-intros';
import { suggestContent, type Suggestion } from './match/suggest';
import type { ProfileSnapshot } from './model/profile';
import type { StoredContent } from './model/stored';

export type PanelData = { intros: IntroHint[]; suggestions: Suggestion[]; approved: StoredContent[] };

export async function loadPanelData(profile: ProfileSnapshot, now = new Date()): Promise<PanelData> {
  const [candidates, approved] = await Promise.all([
    relationshipsForProfile(introQuery(profile)),
    listContentByStatus('approved'),
  ]);
  return {
    intros: rankWarmIntros(profile, candidates, now),
    suggestions: suggestContent(profile, approved, now),
    approved,
  };
}
