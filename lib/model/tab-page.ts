import { z } from 'zod';
import { NoProspect, ProfileSnapshot } from './profile';

export const PageTheme = z.enum(['light', 'dark']);
export type PageTheme = z.infer<typeof PageTheme>;

/**
 * What one tab's LinkedIn page shows, as the background keeps it (storage.session) for the panel
 * and the popup: the prospect, or (snapshot null) why a profile address shows nobody.
 */
export const TabPage = z.object({ snapshot: ProfileSnapshot.nullable(), theme: PageTheme, noProspect: NoProspect.optional() });
export type TabPage = z.infer<typeof TabPage>;

export const NO_PAGE: TabPage = { snapshot: null, theme: 'light' };

/** What a content script's report (`page:snapshot`) says of its page: a page that shows nobody keeps only the reason. */
export function tabPageOf({ snapshot, theme, noProspect }: TabPage): TabPage {
  return snapshot || !noProspect ? { snapshot, theme } : { snapshot, theme, noProspect };
}
