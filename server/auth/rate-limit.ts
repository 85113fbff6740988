/** Fixed-window attempt counters kept in the database, so every instance counts together. */
import type { Db } from '../db/types.ts';

export type Limit = { max: number; windowSeconds: number };
export type Verdict = { allowed: boolean; retryAfterSeconds: number };

export async function countAttempt(db: Db, bucket: string, { max, windowSeconds }: Limit, now = Date.now()): Promise<Verdict> {
  const windowMs = windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const [row] = await db.query<{ count: number }>(
    `INSERT INTO rate_limits AS r (bucket, window_start, count) VALUES ($1, $2, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET count = r.count + 1 RETURNING count`,
    [bucket, windowStart],
  );
  return { allowed: row!.count <= max, retryAfterSeconds: Math.ceil((windowStart.getTime() + windowMs - now) / 1000) };
}

/** Windows that ended are of no use: housekeeping drops them. */
export async function dropOldWindows(db: Db, olderThanSeconds = 86_400): Promise<void> {
  await db.query(`DELETE FROM rate_limits WHERE window_start < now() - make_interval(secs => $1)`, [olderThanSeconds]);
}
