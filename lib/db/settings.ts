import { DEFAULT_SETTINGS, Settings } from '../model';
import { readStore, writeStore } from './run';

const SETTINGS_KEY = 'settings';

/**
 * Whatever is stored, made valid: each field that parses is kept, every other field (missing,
 * corrupt, from an older or newer shape) gets its default. Never throws on bad data.
 */
export function settingsFrom(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...DEFAULT_SETTINGS };
  const record = raw as Record<string, unknown>;
  const result: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const [field, schema] of Object.entries(Settings.shape)) {
    const parsed = schema.safeParse(record[field]);
    if (parsed.success) result[field] = parsed.data;
  }
  return Settings.parse(result);
}

/** Small records kept beside the data. The caller validates what it reads. */
export function getMeta<T>(key: string): Promise<T | undefined> {
  return readStore(async (db) => (await db.get('meta', key)) as T | undefined);
}

export function putMeta(key: string, value: unknown): Promise<void> {
  return writeStore(['meta'], async (db) => {
    await db.put('meta', value, key);
  });
}

export function getSettings(): Promise<Settings> {
  return readStore(async (db) => settingsFrom(await db.get('meta', SETTINGS_KEY)));
}

/**
 * Merges `patch` into the stored settings (read and write in one transaction) and returns the
 * result. Fields set to undefined are left as they are. An invalid value throws the ZodError
 * before anything is written, so a form can show which field is wrong.
 */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const changes = Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
  // Validate the patch on its own first, so bad input never reaches the transaction.
  Settings.partial().parse(changes);
  return writeStore(['meta'], async (db) => {
    const tx = db.transaction('meta', 'readwrite');
    const current = settingsFrom(await tx.store.get(SETTINGS_KEY));
    const next = Settings.parse({ ...current, ...changes });
    await Promise.all([tx.store.put(next, SETTINGS_KEY), tx.done]);
    return next;
  });
}
