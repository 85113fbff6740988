/** "Who would see this": the audience rule run on sample prospects, with the reasons a rep would read. */
import { suggestContent } from '../match/suggest';
import type { ContentItem } from '../model';
import type { SampleProspect } from './sample-prospects';

export type AudienceVerdict = { prospect: SampleProspect; sees: boolean; reasons: string[] };

/**
 * Whether each prospect's rep would be offered this item once it is approved and in date: the
 * question here is the audience, so status and dates are set aside (the editor shows those).
 */
export function whoWouldSee(item: ContentItem, prospects: readonly SampleProspect[], now: Date): AudienceVerdict[] {
  const { validFrom: _from, expiresAt: _until, ...rest } = item;
  const asLive: ContentItem = { ...rest, status: 'approved' };
  return prospects.map((prospect) => {
    const [suggestion] = suggestContent(prospect.profile, [asLive], now, { limit: 1 });
    return suggestion
      ? { prospect, sees: true, reasons: suggestion.reasons }
      : { prospect, sees: false, reasons: ['Not every kind in the audience fits them'] };
  });
}
