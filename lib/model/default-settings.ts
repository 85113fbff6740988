import type { Settings } from './settings';

/** What `Settings.parse({})` gives (a test holds them equal), without loading the validator. */
export const DEFAULT_SETTINGS: Settings = {
  name: '',
  email: '',
  role: 'rep',
  team: '',
  fiscalYearStartMonth: 1,
  utmSource: 'linkedin',
  utmMedium: 'social',
};
