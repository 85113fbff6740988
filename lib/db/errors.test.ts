import { describe, expect, it } from 'vitest';
import { STORE_ERROR_MESSAGES, StoreError, toStoreError } from './errors';

const QUOTA_MESSAGE =
  'Warmline has run out of storage space; nothing was saved. Free disk space or delete old data, then try again.';

describe('toStoreError', () => {
  it('maps QuotaExceededError to quota with the clear message', () => {
    const cause = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const error = toStoreError(cause);
    expect(error).toBeInstanceOf(StoreError);
    expect(error.kind).toBe('quota');
    expect(error.userMessage).toBe(QUOTA_MESSAGE);
    expect(error.message).toBe(QUOTA_MESSAGE);
    expect(error.cause).toBe(cause);
  });

  it('maps an AbortError caused by quota to quota', () => {
    const abort = new DOMException('Transaction aborted', 'AbortError');
    Object.defineProperty(abort, 'cause', { value: new DOMException('full', 'QuotaExceededError') });
    expect(toStoreError(abort).kind).toBe('quota');
    expect(toStoreError(new DOMException('Quota exceeded during commit', 'AbortError')).kind).toBe('quota');
    expect(toStoreError(new DOMException('Transaction aborted', 'AbortError')).kind).toBe('unknown');
  });

  it('maps VersionError, a closing connection, and anything else', () => {
    expect(toStoreError(new DOMException('too low', 'VersionError')).kind).toBe('version');
    expect(toStoreError(new DOMException('The database connection is closing.', 'InvalidStateError')).kind).toBe(
      'terminated',
    );
    expect(toStoreError(new Error('boom')).kind).toBe('unknown');
    expect(toStoreError('a string').kind).toBe('unknown');
    expect(toStoreError(undefined).userMessage).toBe(STORE_ERROR_MESSAGES.unknown);
  });

  it('passes a StoreError through unchanged', () => {
    const error = new StoreError('blocked');
    expect(toStoreError(error)).toBe(error);
    expect(error.userMessage).toBe('Close the other Warmline tabs or windows, then try again.');
  });
});
