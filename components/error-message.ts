/**
 * A failure in words a person can act on. A StoreError's message is already its user message
 * (lib/db/errors.ts), so nothing here needs the store: the panel, which has none, uses it too.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
