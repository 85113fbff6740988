import { z } from 'zod';
import { ProfileSnapshot } from './profile';

export const PageTheme = z.enum(['light', 'dark']);
export type PageTheme = z.infer<typeof PageTheme>;

/** What one tab's LinkedIn page shows, as the background keeps it (storage.session) for the panel and the popup. */
export const TabPage = z.object({ snapshot: ProfileSnapshot.nullable(), theme: PageTheme });
export type TabPage = z.infer<typeof TabPage>;

export const NO_PAGE: TabPage = { snapshot: null, theme: 'light' };
