/**
 * The team server's address as the user (or the administrator's policy) gives it: https, or plain
 * http only to this computer (127.0.0.1, localhost), where the embedded server runs. Nothing else
 * may carry the token in the clear.
 */
export type ServerUrlCheck = { ok: true; url: string } | { ok: false; error: string };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopback(hostname: string): boolean {
  return LOOPBACK.has(hostname.toLowerCase());
}

/** The base URL to call (no trailing slash, no query or fragment), or what is wrong with it. */
export function checkServerUrl(input: string): ServerUrlCheck {
  const text = input.trim();
  if (!text) return { ok: false, error: 'Enter the server address your admin sent you, like https://warmline.example.com.' };
  // "warmline.example.com" or "127.0.0.1:8787" typed without a scheme.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `${isLoopback(text.split(/[:/]/)[0] ?? '') ? 'http' : 'https'}://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: `"${text}" is not a web address. It looks like https://warmline.example.com.` };
  }
  if (url.username || url.password) return { ok: false, error: 'Leave the user name and password out of the address: Warmline signs in with your code.' };
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    return {
      ok: false,
      error: `Use https:// for ${url.host}: plain http:// is only for a server on this computer (127.0.0.1 or localhost), so your token never travels unencrypted.`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: `Use an https:// address (not ${url.protocol}).` };
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${url.origin}${path}` };
}

/** The poke socket's address for a server (ws:// beside http://, wss:// beside https://). */
export function pokeUrl(server: string): string {
  return `${server.replace(/^http/, 'ws')}/v1/poke`;
}

/** The server's host, for messages ("the team server at warmline.example.com"). */
export function hostOf(server: string): string {
  try {
    return new URL(server).host;
  } catch {
    return server;
  }
}
