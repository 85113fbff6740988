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
