/** Storage failures, each with a message a user can act on. Nothing is half written in any case. */

export type StoreErrorKind = 'blocked' | 'quota' | 'terminated' | 'version' | 'unknown';

export const STORE_ERROR_MESSAGES: Record<StoreErrorKind, string> = {
  blocked: 'Close the other Warmline tabs or windows, then try again.',
  quota:
    'Warmline has run out of storage space; nothing was saved. Free disk space or delete old data, then try again.',
  terminated:
    'The browser closed Warmline’s storage unexpectedly; the last change may not have been saved. Try again, and restart the browser if it keeps happening.',
  version:
    'Warmline’s data was saved by a newer version of Warmline. Reload this page (or update Warmline), then try again.',
  unknown: 'Warmline could not read or save its data; nothing was changed. Try again.',
};

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly kind: StoreErrorKind;
  /** Safe and clear to show as is. */
  readonly userMessage: string;

  constructor(kind: StoreErrorKind, options?: { cause?: unknown }) {
    const userMessage = STORE_ERROR_MESSAGES[kind];
    super(userMessage, options);
    this.kind = kind;
    this.userMessage = userMessage;
  }
}

function nameOf(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as { name?: unknown }).name === 'string'
    ? (e as { name: string }).name
    : '';
}

function messageOf(e: unknown): string {
  return typeof e === 'object' && e !== null && typeof (e as { message?: unknown }).message === 'string'
    ? (e as { message: string }).message
    : '';
}

function isQuota(e: unknown): boolean {
  const name = nameOf(e);
  // NS_ERROR_DOM_QUOTA_REACHED: older Firefox.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Maps whatever IndexedDB threw (usually a DOMException) to a StoreError. */
export function toStoreError(e: unknown): StoreError {
  if (e instanceof StoreError) return e;
  const options = { cause: e };
  if (isQuota(e)) return new StoreError('quota', options);
  switch (nameOf(e)) {
    case 'VersionError':
      return new StoreError('version', options);
    case 'AbortError': {
      // A transaction aborted because the disk filled up reports AbortError; the reason sits in
      // its cause (or, in some engines, only in the message).
      const cause = (e as { cause?: unknown }).cause;
      if (isQuota(cause) || /quota/i.test(messageOf(e))) return new StoreError('quota', options);
      return new StoreError('unknown', options);
    }
    case 'InvalidStateError':
      // "The database connection is closing": the browser or another tab closed it under us.
      if (/clos/i.test(messageOf(e))) return new StoreError('terminated', options);
      return new StoreError('unknown', options);
    default:
      return new StoreError('unknown', options);
  }
}
