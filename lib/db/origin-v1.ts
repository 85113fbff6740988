/**
 * Version 1 of the database kept a record's origin as `local` or `pack` (the pack's name, and the
 * subscription URL when it came by one). Version 2 (lib/model/origin.ts) knows files by their
 * publisher, which version 1 never recorded: such records keep their pack name and are marked
 * `publisherUnknown` (a file of that name, or one without a publisher, may still update them).
 */
import type { Origin } from '../model';

type V1Origin = { kind: 'local' } | { kind: 'pack'; packName?: unknown; subscriptionUrl?: unknown };

function isV1Pack(origin: unknown): origin is Extract<V1Origin, { kind: 'pack' }> {
  return typeof origin === 'object' && origin !== null && (origin as { kind?: unknown }).kind === 'pack';
}

/** The version 2 origin of a version 1 one; undefined when it needs no change (local, or not recognised). */
export function originFromVersion1(origin: unknown): Origin | undefined {
  if (!isV1Pack(origin)) return undefined;
  const packName = typeof origin.packName === 'string' && origin.packName ? { packName: origin.packName.slice(0, 200) } : {};
  if (typeof origin.subscriptionUrl === 'string' && origin.subscriptionUrl) {
    return { kind: 'subscription', url: origin.subscriptionUrl, ...packName };
  }
  return { kind: 'file', ...packName, publisherUnknown: true };
}
