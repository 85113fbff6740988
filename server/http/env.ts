import type { HttpBindings } from '@hono/node-server';
import type { Caller } from '../auth/caller.ts';

/** Hono's environment for every route: the node request, and the caller once authenticated. */
export type AppEnv = { Bindings: Partial<HttpBindings>; Variables: { caller: Caller } };
