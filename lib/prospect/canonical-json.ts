/**
 * JSON with object keys in sorted order, for comparing records that travelled different ways:
 * chrome.storage hands objects back with their keys sorted, a message keeps the sender's order.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
