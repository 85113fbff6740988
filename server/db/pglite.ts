/** The embedded engine: PGlite, one connection in this process, data in a folder (or memory). */
import { PGlite, types } from '@electric-sql/pglite';
import type { Db, Row, Tx } from './types.ts';

const parsers = { [types.INT8]: (value: string) => Number(value) };

/**
 * `dataDir` undefined keeps the database in memory (tests); `template`, a dumpDataDir() tarball,
 * starts it from a copy instead of running initdb.
 */
export async function openPglite(dataDir?: string, template?: Blob): Promise<Db & { dump(): Promise<Blob> }> {
  const pg = await PGlite.create(dataDir, { parsers, ...(template ? { loadDataDir: template } : {}) });
  return {
    engine: 'pglite',
    async query<T extends Row>(sql: string, params?: readonly unknown[]) {
      return (await pg.query<T>(sql, params as unknown[])).rows;
    },
    transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      // PGlite runs one transaction at a time: nothing to retry.
      return pg.transaction((inner) =>
        fn({
          async query<R extends Row>(sql: string, params?: readonly unknown[]) {
            return (await inner.query<R>(sql, params as unknown[])).rows;
          },
          async exec(sql: string) {
            await inner.exec(sql);
          },
        }),
      );
    },
    async listen(channel, onPayload) {
      const unlisten = await pg.listen(channel, onPayload);
      return () => unlisten();
    },
    async close() {
      if (!pg.closed) await pg.close();
    },
    dump: () => pg.dumpDataDir('none'),
  };
}
