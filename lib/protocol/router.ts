/**
 * The background's side of the protocol: each message is checked against the command table
 * (its schema, then its sender) before the handler for it runs. Handlers are typed per command.
 */
import { COMMANDS } from './commands';
import type { Refusal } from './replies';
import { classifySender, type SenderKind, type SenderLike } from './senders';
import type { BackgroundCommand, CheckedRequestOf, ReplyOf } from './types';

export type Sender = SenderLike & { tab?: { id?: number } };

export type Handlers = {
  [K in BackgroundCommand]: (request: CheckedRequestOf<K>, sender: Sender) => Promise<ReplyOf<K>> | ReplyOf<K>;
};

type Route = (raw: unknown, sender: Sender, kind: SenderKind) => Promise<unknown>;

const NOT_OURS: Refusal = { refused: 'not a Warmline message' };

type Schema<T> = { safeParse(raw: unknown): { success: true; data: T } | { success: false } };

/** The table's background half, seen per command: what lets a route stay typed through K. */
const TABLE: { [K in BackgroundCommand]: { request: Schema<CheckedRequestOf<K>>; from: readonly SenderKind[] } } = COMMANDS;

const BACKGROUND_COMMANDS: ReadonlySet<string> = new Set(
  Object.entries(COMMANDS)
    .filter(([, command]) => command.to === 'background')
    .map(([type]) => type),
);

function isBackgroundCommand(type: string): type is BackgroundCommand {
  return BACKGROUND_COMMANDS.has(type);
}

/** One command's route: schema, sender check, handler. */
function routeFor<K extends BackgroundCommand>(type: K, handle: Handlers[K]): Route {
  const { request, from: allowed } = TABLE[type];
  return async (raw, sender, kind) => {
    const parsed = request.safeParse(raw);
    if (!parsed.success) return NOT_OURS;
    if (!allowed.includes(kind)) return { refused: `${type} is not allowed from ${kind}` } satisfies Refusal;
    return handle(parsed.data, sender);
  };
}

export type Identity = { extensionId(): string; extensionOrigin(): string };

export function createRouter(handlers: Handlers, identity: Identity): (raw: unknown, sender: Sender) => Promise<unknown> {
  const routes = new Map<string, Route>();
  for (const type of Object.keys(handlers)) {
    if (isBackgroundCommand(type)) routes.set(type, routeFor(type, handlers[type]));
  }
  return async (raw, sender) => {
    const type = typeof raw === 'object' && raw !== null && 'type' in raw ? raw.type : undefined;
    const route = typeof type === 'string' ? routes.get(type) : undefined;
    if (!route) return NOT_OURS;
    return route(raw, sender, classifySender(sender, identity.extensionId(), identity.extensionOrigin()));
  };
}
