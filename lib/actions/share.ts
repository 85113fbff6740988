/** LinkedIn's own share composer for an approved link; the rep presses LinkedIn's Post button. */

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

/** LinkedIn's share-offsite composer for a URL. */
export function shareComposerUrl(url: string): string {
  return `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`;
}
