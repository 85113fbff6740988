/**
 * A pull cursor: the server's epoch, the caller's access revision, and one version per space the
 * caller reads (in readableSpaces order). Opaque to clients; they send back what they got.
 */
export type Cursor = { epoch: string; accessRev: number; versions: number[] };

const PREFIX = 'c1.';

export function encodeCursor(cursor: Cursor): string {
  const json = JSON.stringify({ e: cursor.epoch, a: cursor.accessRev, v: cursor.versions });
  return PREFIX + Buffer.from(json).toString('base64url');
}

/** The cursor, or null when the text is not one this server made. */
export function decodeCursor(text: string): Cursor | null {
  if (!text.startsWith(PREFIX)) return null;
  try {
    const value = JSON.parse(Buffer.from(text.slice(PREFIX.length), 'base64url').toString('utf8')) as Record<string, unknown>;
    const versions = value.v;
    if (typeof value.e !== 'string' || !Number.isSafeInteger(value.a) || !Array.isArray(versions)) return null;
    if (!versions.every((v) => Number.isSafeInteger(v) && (v as number) >= 0)) return null;
    return { epoch: value.e, accessRev: value.a as number, versions: versions as number[] };
  } catch {
    return null;
  }
}
