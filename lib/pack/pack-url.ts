/** A team pack address as the user typed it, checked before any permission is asked for. */

export type PackUrlCheck =
  | { ok: true; url: string; origin: string; originPattern: string }
  | { ok: false; error: string };

/** A scheme (`https:`, `javascript:`) or none: "packs.acme.example/x.json" is typed without one. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * HTTPS only, no credentials in the address, a real host. An address typed without a scheme gets
 * `https://` (people paste "packs.acme.example/field.json"). Returns the normalised URL and the
 * host permission pattern to request (`https://host/*`: the permission covers the whole host).
 */
export function checkPackUrl(input: string): PackUrlCheck {
  const typed = input.trim();
  if (!typed) return { ok: false, error: 'Enter the address of the team pack, like https://example.com/pack.json.' };
  const text = SCHEME.test(typed) && !/^[^/:]+:\d+(\/|$)/.test(typed) ? typed : `https://${typed.replace(/^\/+/, '')}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: 'That is not a web address. It should look like https://example.com/pack.json.' };
  }
  if (url.protocol === 'http:') return { ok: false, error: 'Only https:// addresses can be subscribed to: change http:// to https://.' };
  if (url.protocol !== 'https:') return { ok: false, error: 'Only https:// addresses can be subscribed to.' };
  if (url.username || url.password) return { ok: false, error: 'The address must not contain a user name or password.' };
  if (!url.hostname || url.hostname.endsWith('.') || !url.hostname.includes('.') && url.hostname !== 'localhost') {
    return { ok: false, error: 'That is not a web address. It should look like https://example.com/pack.json.' };
  }
  if (text.length > 2048) return { ok: false, error: 'The address is too long.' };
  url.hash = '';
  return { ok: true, url: url.href, origin: url.origin, originPattern: `${url.origin}/*` };
}
