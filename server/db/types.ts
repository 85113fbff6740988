/**
 * The one interface both engines implement (PGlite embedded, PostgreSQL through `pg`), so every
 * query in server/ is written once. Rows come back alike on both: int8 as number, timestamptz as
 * Date, jsonb parsed, arrays as arrays.
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** One transaction on one connection. */
export interface Tx extends Queryable {
  /** Several statements at once, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type Engine = 'pglite' | 'postgres';

export interface Db extends Queryable {
  readonly engine: Engine;
  /**
   * Runs `fn` in a transaction and commits. On PostgreSQL a deadlock or serialization failure
   * runs it again (up to three times), so `fn` must not have effects outside the transaction.
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Calls `onPayload` for each NOTIFY on `channel`, from any instance; returns the unlisten. */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** The SQLSTATE of a database error, when it is one. */
export function sqlState(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

export const UNIQUE_VIOLATION = '23505';
export const INSUFFICIENT_PRIVILEGE = '42501';
export const RETRYABLE = new Set(['40001', '40P01']);
