/**
 * Real HTTP servers on loopback for the pack fetch's tests: each records every request it gets
 * and answers with a handler the test gives, so a test can prove a request was never sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordingServer = {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Every request this server received: method and path. */
  requests: Array<{ method: string; path: string }>;
  /** Bytes of response body written before the client went away or the answer ended. */
  bytesWritten(): number;
  /** Resolves when the current answer's connection has closed (finished or cut off). */
  closedAnswer(): Promise<void>;
  close(): Promise<void>;
};

type Handler = (request: IncomingMessage, response: ServerResponse, server: { count(bytes: number): void }) => void;

export async function recordingServer(handler: Handler): Promise<RecordingServer> {
  const requests: RecordingServer['requests'] = [];
  let written = 0;
  let closed: Promise<void> = Promise.resolve();
  const server: Server = createServer((request, response) => {
    requests.push({ method: request.method ?? '', path: request.url ?? '' });
    closed = new Promise((resolve) => response.on('close', () => resolve()));
    handler(request, response, { count: (bytes) => (written += bytes) });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    bytesWritten: () => written,
    closedAnswer: () => closed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A fetch that plays "https://<host>" by a loopback server (Node has no certificate for it): the
 * pack's own address goes to `servers[host]`, anything else is fetched as it is, so a request to
 * an http: address or to another server really goes out, and is recorded there.
 */
export function fetchVia(servers: Record<string, RecordingServer>): typeof fetch {
  return (input, init) => {
    const url = new URL(String(input));
    const server = url.protocol === 'https:' ? servers[url.host] : undefined;
    const target = server ? `${server.origin}${url.pathname}${url.search}` : url.href;
    return fetch(target, init).then((response) => withUrl(response, server ? url.href : response.url));
  };
}

/** The response as the browser would report it: at the address that was asked for, not the loopback one. */
function withUrl(response: Response, url: string): Response {
  Object.defineProperty(response, 'url', { value: url });
  return response;
}
