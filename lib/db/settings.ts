import { Settings } from '../model';
import { getMeta, META, readMetaIn, writeMetaIn } from './meta';
import { writeStore } from './run';

export function getSettings(): Promise<Settings> {
  return getMeta(META.settings);
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
    const current = await readMetaIn(tx.store, META.settings);
    const next = Settings.parse({ ...current, ...changes });
    writeMetaIn(tx.store, META.settings, next);
    await tx.done;
    return next;
  });
}
