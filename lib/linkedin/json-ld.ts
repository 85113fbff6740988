/** schema.org JSON-LD in the page head: the most reliable cue, when it is about this page. */

import { queryAll } from './selectors';

export type JsonNode = Record<string, unknown>;

function isNode(value: unknown): value is JsonNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: unknown, into: JsonNode[], depth = 0): void {
  if (depth > 4) return; // nesting this deep is not LinkedIn's markup; do not walk it
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, into, depth + 1);
  } else if (isNode(value)) {
    into.push(value);
    if (value['@graph'] !== undefined) flatten(value['@graph'], into, depth + 1);
  }
}

/** Every top-level and `@graph` node of every JSON-LD script; a script that does not parse is skipped. */
export function jsonLdNodes(doc: Document): JsonNode[] {
  const nodes: JsonNode[] = [];
  for (const script of queryAll(doc, 'jsonLd')) {
    try {
      flatten(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // broken JSON: the next script may still be fine
    }
  }
  return nodes;
}

export function hasType(node: JsonNode, types: readonly string[]): boolean {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.some((item) => typeof item === 'string' && types.includes(item));
}

/** A string, the first string of an array, or the `name` of an object (or of the first in an array). */
export function textOf(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value.find((item) => item !== null && item !== undefined) : value;
  if (typeof first === 'string') return first;
  if (typeof first === 'number') return String(first);
  if (isNode(first) && typeof first.name === 'string') return first.name;
  return undefined;
}

/** The first object of a value that may be an object or an array of them. */
export function firstNode(value: unknown): JsonNode | undefined {
  if (Array.isArray(value)) return value.find(isNode);
  return isNode(value) ? value : undefined;
}
