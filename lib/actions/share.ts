/**
 * LinkedIn's own share composer for an approved post; the rep presses LinkedIn's Post button.
 *
 * We open `https://www.linkedin.com/feed/?shareActive=true&text=...` rather than
 * `/sharing/share-offsite/?url=...`: share-offsite takes only a URL and drops any commentary,
 * while the feed composer opens prefilled with the text (approved commentary, disclosure and the
 * tracked link, whose preview LinkedIn unfurls). Nothing is posted until the rep presses Post.
 */

export type Utm = { source: string; medium: string; campaign: string; content?: string };

/** The item's URL with UTM parameters, so marketing sees what reps' shares bring in. */
export function trackedUrl(url: string, utm: Utm): string {
  const tracked = new URL(url);
  tracked.searchParams.set('utm_source', utm.source);
  tracked.searchParams.set('utm_medium', utm.medium);
  tracked.searchParams.set('utm_campaign', utm.campaign);
  if (utm.content) tracked.searchParams.set('utm_content', utm.content);
  return tracked.toString();
}

/** LinkedIn's feed composer, opened with the text already in it. */
export function feedComposerUrl(text: string): string {
  return `https://www.linkedin.com/feed/?shareActive=true&text=${encodeURIComponent(text)}`;
}

/** A rep's name as a UTM value: "José Núñez" → "jose-nunez"; empty when there is no name. */
export function repSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

type UtmSettings = { utmSource: string; utmMedium: string; name: string };

/** UTM for one item shared by this rep: campaign = item id, content = the rep. */
export function utmFor(itemId: string, settings: UtmSettings): Utm {
  const rep = repSlug(settings.name);
  return {
    source: settings.utmSource,
    medium: settings.utmMedium,
    campaign: itemId,
    ...(rep ? { content: rep } : {}),
  };
}

/** What goes in the composer: the commentary, a blank line, the tracked link. */
export function shareText(commentary: string, link: string): string {
  const text = commentary.trim();
  return text ? `${text}\n\n${link}` : link;
}

/** The one URL the Share button opens. */
export function shareUrlFor(item: { id: string; url: string }, commentary: string, settings: UtmSettings): string {
  return feedComposerUrl(shareText(commentary, trackedUrl(item.url, utmFor(item.id, settings))));
}
