/** PostgreSQL through `pg`: a pool for requests, and one direct connection that LISTENs. */
import pg from 'pg';
import { RETRYABLE, sqlState, type Db, type Row, type Tx } from './types.ts';

const INT8 = 20;
const typeParsers = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export type PostgresOptions = {
  url: string;
  /** A direct connection for LISTEN when `url` goes through a pooler in transaction mode. */
  listenUrl?: string;
  poolSize?: number;
  onError?: (error: Error) => void;
};

const ATTEMPTS = 3;

export async function openPostgres({ url, listenUrl, poolSize = 10, onError = console.error }: PostgresOptions): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: typeParsers, application_name: 'warmline' });
  pool.on('error', onError);
  await pool.query('SELECT 1'); // fail at start, with the driver's message, when the URL is wrong
  const listeners = new Set<PgListener>();

  async function once<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    const tx: Tx = {
      async query<R extends Row>(sql: string, params?: readonly unknown[]) {
        return (await client.query<R>(sql, params as unknown[])).rows;
      },
      async exec(sql: string) {
        await client.query(sql);
      },
    };
    try {
      await client.query('BEGIN');
      const result = await fn(tx);
      await client.query('COMMIT');
      client.release();
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release();
      throw error;
    }
  }

  return {
    engine: 'postgres',
    async query<T extends Row>(sql: string, params?: readonly unknown[]) {
      return (await pool.query<T>(sql, params as unknown[])).rows;
    },
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      for (let attempt = 1; ; attempt++) {
        try {
          return await once(fn);
        } catch (error) {
          if (attempt >= ATTEMPTS || !RETRYABLE.has(sqlState(error) ?? '')) throw error;
        }
      }
    },
    async listen(channel, onPayload) {
      const listener = new PgListener(listenUrl ?? url, channel, onPayload, onError);
      listeners.add(listener);
      await listener.start();
      return async () => {
        listeners.delete(listener);
        await listener.stop();
      };
    },
    async close() {
      await Promise.all([...listeners].map((listener) => listener.stop()));
      await pool.end();
    },
  };
}

/**
 * One connection held open for LISTEN. If it drops it reconnects (backing off up to 10 s) and
 * then reports '*': notifications may have been missed, so everyone should pull.
 */
class PgListener {
  private client: pg.Client | undefined;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  private readonly url: string;
  private readonly channel: string;
  private readonly onPayload: (payload: string) => void;
  private readonly onError: (error: Error) => void;

  constructor(url: string, channel: string, onPayload: (payload: string) => void, onError: (error: Error) => void) {
    this.url = url;
    this.channel = channel;
    this.onPayload = onPayload;
    this.onError = onError;
  }

  async start(delay = 0): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, application_name: 'warmline-listen' });
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.onPayload(message.payload ?? '');
    });
    client.on('error', (error) => {
      this.onError(error);
      void client.end().catch(() => undefined);
    });
    client.on('end', () => {
      if (this.client === client) this.reconnect(Math.min(10_000, Math.max(250, delay * 2)));
    });
    await client.connect();
    await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
    this.client = client;
    if (delay > 0) this.onPayload('*');
  }

  private reconnect(delay: number): void {
    this.client = undefined;
    if (this.stopped) return;
    this.retry = setTimeout(() => {
      this.start(delay).catch((error: Error) => {
        this.onError(error);
        this.reconnect(Math.min(10_000, delay * 2));
      });
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }
}
