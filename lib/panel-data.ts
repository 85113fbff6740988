/** What the panel shows for one prospect: a few indexed reads, then pure ranking. */
import { listApprovedContent, relationshipsForProfile } from './db';
import { introQuery, rankWarmIntros, type IntroHint } from './match/warm-intros';
import type { ProfileSnapshot } from './model/profile';
import type { StoredContent } from './model/stored';

export async function loadWarmIntros(profile: ProfileSnapshot, now = new Date()): Promise<IntroHint[]> {
  return rankWarmIntros(profile, await relationshipsForProfile(introQuery(profile)), now);
}

let prefetched: Promise<StoredContent[]> | null = null;

/** Start reading the library while the panel is still finding out which profile it is beside. */
export function prefetchApprovedContent(): void {
  prefetched ??= listApprovedContent();
}

/** Read once per library change, not per profile: ranking reuses the same objects (and their cache). */
export function loadApprovedContent(): Promise<StoredContent[]> {
  const early = prefetched;
  prefetched = null;
  return early ?? listApprovedContent();
}
