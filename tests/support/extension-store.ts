/** Reading Warmline's IndexedDB from inside one of its own pages (never the panel: it has no store). */
import type { Frame, Page } from 'playwright-core';

/** Asks one store of the page's IndexedDB for all its records, or for how many it holds. */
function ask<T>(page: Page | Frame, store: string, method: 'getAll' | 'count'): Promise<T> {
  return page.evaluate(
    ([name, how]) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('warmline');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name)[how]();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    [store, method] as const,
  );
}

/** Every record of one store, raw, as the page's IndexedDB holds it. */
export function allRecords<T = Record<string, unknown>>(page: Page | Frame, store: string): Promise<T[]> {
  return ask<T[]>(page, store, 'getAll');
}

/** How many records one store holds (none of them read). */
export function recordCount(page: Page | Frame, store: string): Promise<number> {
  return ask<number>(page, store, 'count');
}

/** One record by id, or undefined. */
export async function recordById<T extends { id: string }>(page: Page | Frame, store: string, id: string): Promise<T | undefined> {
  return (await allRecords<T>(page, store)).find((record) => record.id === id);
}
