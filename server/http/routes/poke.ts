/**
 * GET /v1/poke: a WebSocket that says "pull now" (docs/TEAM-API.md, "Poke channel"). The token
 * travels in the first message, never in the URL (URLs end up in logs). An extension service
 * worker stays alive while messages flow (Chrome 116+), hence the heartbeat.
 */
import type { upgradeWebSocket } from '@hono/node-server';
import { Hono } from 'hono';
import { PokeClientMessage, type PokeServerMessage } from '../../../lib/model/index.ts';
import { callerForToken } from '../../auth/authenticate.ts';
import type { Db } from '../../db/types.ts';
import { CLOSE_SIGNED_OUT, type PokeHub, type PokeSocket } from '../../poke/hub.ts';
import type { AppEnv } from '../env.ts';

export type UpgradeWebSocket = typeof upgradeWebSocket;

const AUTH_WITHIN_MS = 10_000;
export const CLOSE_BAD_MESSAGE = 4400;

export function pokeRoutes(db: Db, { hub, upgradeWebSocket, heartbeatSeconds }: { hub: PokeHub; upgradeWebSocket: UpgradeWebSocket; heartbeatSeconds: number }) {
  return new Hono<AppEnv>().get(
    '/v1/poke',
    upgradeWebSocket(() => {
      let socket: PokeSocket | undefined;
      let timer: NodeJS.Timeout | undefined;
      let authenticated = false;
      return {
        onOpen(_event, ws) {
          socket = {
            send: (message: PokeServerMessage) => ws.send(JSON.stringify(message)),
            close: (code, reason) => ws.close(code, reason),
          };
          timer = setTimeout(() => ws.close(CLOSE_SIGNED_OUT, 'send {"type":"auth","token":…} first'), AUTH_WITHIN_MS);
        },
        async onMessage(event, ws) {
          let message: PokeClientMessage;
          try {
            message = PokeClientMessage.parse(JSON.parse(String(event.data)));
          } catch {
            ws.close(CLOSE_BAD_MESSAGE, 'expected {"type":"auth"|"ping"}');
            return;
          }
          if (message.type === 'ping') {
            socket!.send({ type: 'pong' });
          } else if (!authenticated) {
            const caller = await callerForToken(db, message.token);
            clearTimeout(timer);
            if (!caller) {
              ws.close(CLOSE_SIGNED_OUT, 'invalid token');
              return;
            }
            authenticated = true;
            hub.add(socket!, message.token, caller);
            socket!.send({ type: 'ready', heartbeatSeconds });
          }
        },
        onClose() {
          clearTimeout(timer);
          if (socket) hub.remove(socket);
        },
      };
    }),
  );
}
