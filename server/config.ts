/** The server's settings, from the environment, checked with a clear message for each. */
import { resolve } from 'node:path';
import { z } from 'zod';

const Env = z.object({
  WARMLINE_HOST: z.string().min(1).default('127.0.0.1'),
  WARMLINE_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  WARMLINE_DATA: z.string().min(1).default('./warmline-data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  WARMLINE_LISTEN_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  WARMLINE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  WARMLINE_EXTENSION_IDS: z.string().optional(),
  WARMLINE_TRUST_PROXY: z.enum(['0', '1']).default('0'),
  WARMLINE_HEARTBEAT_SECONDS: z.coerce.number().min(0.05).max(300).default(20),
  WARMLINE_JOIN_ATTEMPTS: z.coerce.number().int().min(1).default(20),
  WARMLINE_JOIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
});

export type Config = {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl: string | null;
  /** A direct connection for LISTEN when DATABASE_URL goes through a transaction-mode pooler. */
  listenUrl: string | null;
  poolSize: number;
  /** Extension ids allowed as origins; null allows every chrome-extension:// and moz-extension://. */
  extensionIds: Set<string> | null;
  trustProxy: boolean;
  heartbeatSeconds: number;
  joinLimit: { max: number; windowSeconds: number };
};

export class ConfigError extends Error {}

export function configFromEnv(env: Record<string, string | undefined> = process.env): Config {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
  }
  const e = parsed.data;
  const ids = e.WARMLINE_EXTENSION_IDS?.split(',').map((id) => id.trim().toLowerCase()).filter(Boolean);
  return {
    host: e.WARMLINE_HOST,
    port: e.WARMLINE_PORT,
    dataDir: resolve(e.WARMLINE_DATA),
    databaseUrl: e.DATABASE_URL ?? null,
    listenUrl: e.WARMLINE_LISTEN_DATABASE_URL ?? null,
    poolSize: e.WARMLINE_POOL_SIZE,
    extensionIds: ids?.length ? new Set(ids) : null,
    trustProxy: e.WARMLINE_TRUST_PROXY === '1',
    heartbeatSeconds: e.WARMLINE_HEARTBEAT_SECONDS,
    joinLimit: { max: e.WARMLINE_JOIN_ATTEMPTS, windowSeconds: e.WARMLINE_JOIN_WINDOW_SECONDS },
  };
}
