import { StoreError } from '../lib/db';

/** A failure in words a person can act on: the store's own message when it has one. */
export function errorMessage(error: unknown): string {
  if (error instanceof StoreError) return error.userMessage;
  return error instanceof Error ? error.message : String(error);
}
