import { Pack } from '../model';
import { keyTreeOf, type KeyTree } from '../model/key-tree';
import { formatPath, itemWhere, named, withField, type ImportIssue } from './issues';

/** Keys that must never reach an object (prototype pollution); JSON.parse's reviver drops them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

let packTree: KeyTree | undefined;

/** What the warnings say after the key's name. */
export const UNKNOWN_KEY = 'is not a key Warmline reads, so it was ignored';
export const FORBIDDEN_KEY = 'is a key that is never allowed, so it was ignored';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Walks a parsed pack along the Pack schema and reports every key the schema does not know
 * (they are ignored), and every forbidden key the reviver dropped (`dropped` maps each holder
 * object to the keys taken out of it). Keys below an unknown key are not reported again.
 */
export function unknownKeyWarnings(
  root: unknown,
  dropped: WeakMap<object, string[]> | undefined,
): { warnings: ImportIssue[]; forbiddenReported: number } {
  const warnings: ImportIssue[] = [];
  let forbiddenReported = 0;
  // Found while walking; `where` is built only then (it is costly for 100,000 items).
  let where = (): string => 'file';
  let item: unknown;

  const report = (path: PropertyKey[], message: string) => warnings.push(named(withField(where(), formatPath(path), message), item));

  const visit = (value: unknown, tree: KeyTree, path: PropertyKey[]): void => {
    if (tree.element && Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], tree.element, [...path, i]);
      return;
    }
    if (!tree.fields || !isRecord(value)) return;
    for (const key of dropped?.get(value) ?? []) {
      forbiddenReported++;
      report([...path, key], FORBIDDEN_KEY);
    }
    for (const key in value) {
      const field = tree.fields.get(key);
      if (!field) report([...path, key], UNKNOWN_KEY);
      else if (field.fields || field.element) visit(value[key], field, [...path, key]);
    }
  };

  if (!isRecord(root)) return { warnings, forbiddenReported };
  packTree ??= keyTreeOf(Pack);
  const top = packTree.fields ?? new Map<string, KeyTree>();
  for (const key of dropped?.get(root) ?? []) {
    forbiddenReported++;
    report([key], FORBIDDEN_KEY);
  }
  for (const key in root) if (!top.has(key)) report([key], UNKNOWN_KEY);
  for (const [key, field] of top) {
    if (key !== 'content' && key !== 'relationships' && key in root) visit(root[key], field, [key]);
  }
  for (const list of ['content', 'relationships'] as const) {
    const items = root[list];
    const element = top.get(list)?.element;
    if (!Array.isArray(items) || !element) continue;
    items.forEach((entry: unknown, index) => {
      where = () => itemWhere(list, index, entry);
      item = entry;
      visit(entry, element, []);
    });
    where = () => 'file';
    item = undefined;
  }
  return { warnings, forbiddenReported };
}
