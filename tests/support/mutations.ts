/** Mutations of pack text and JSON trees for the property tests (tests only). */

/** Applies cut-and-insert edits at positions taken modulo the text's length. */
export function applyEdits(text: string, edits: ReadonlyArray<{ at: number; cut: number; insert: string }>): string {
  return edits.reduce((acc, { at, cut, insert }) => {
    const i = acc.length === 0 ? 0 : at % (acc.length + 1);
    return acc.slice(0, i) + insert + acc.slice(i + cut);
  }, text);
}

/** Sets a value at a path (numbers pick an element or key by position). */
export function setAt(root: unknown, path: ReadonlyArray<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(root)) {
    const copy = [...root];
    const i = typeof head === 'number' ? head % (copy.length + 1) : 0;
    copy[i] = setAt(copy[i], rest, value);
    return copy;
  }
  if (typeof root === 'object' && root !== null) {
    const record = root as Record<string, unknown>;
    const keys = Object.keys(record);
    const key = typeof head === 'string' ? head : (keys[(head ?? 0) % Math.max(keys.length, 1)] ?? 'k');
    const copy: Record<string, unknown> = { ...record };
    // defineProperty: a "__proto__" key becomes an own key in the JSON, as an attacker would write it.
    Object.defineProperty(copy, key, { value: setAt(record[key], rest, value), enumerable: true, writable: true, configurable: true });
    return copy;
  }
  return value;
}
