import { getSettings, type StoreName } from '../lib/db';
import { DEFAULT_SETTINGS } from '../lib/model/default-settings';
import type { Settings } from '../lib/model/settings';
import { useStoredValue } from './hooks';

const SETTINGS_STORES: StoreName[] = ['meta'];

/** The user's settings, fresh whenever any view saves them. */
export function useSettings(initial?: Settings): [Settings, boolean] {
  return useStoredValue(getSettings, SETTINGS_STORES, DEFAULT_SETTINGS, initial);
}
