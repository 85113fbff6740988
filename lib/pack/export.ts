import { listContent, listRelationships } from '../db';
import {
  ContentItem,
  PACK_FORMAT,
  PACK_VERSION,
  Relationship,
  type Pack,
  type StoredContent,
  type StoredRelationship,
} from '../model';
import { relationshipsToCsv } from './csv';

export type PackMeta = { name: string; publisher?: { name: string; email?: string }; now?: Date };

/** Copies the keys the schema knows, so stored-only fields (meta, keys) never leave. */
function pick<T>(record: object, keys: readonly string[]): T {
  const source = record as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out as T;
}

const CONTENT_KEYS = Object.keys(ContentItem.shape);
const RELATIONSHIP_KEYS = Object.keys(Relationship.shape);

export function toContentItem(stored: StoredContent): ContentItem {
  return pick<ContentItem>(stored, CONTENT_KEYS);
}

export function toRelationship(stored: StoredRelationship | Relationship): Relationship {
  return pick<Relationship>(stored, RELATIONSHIP_KEYS);
}

export function buildPack(content: readonly StoredContent[], relationships: readonly StoredRelationship[], meta: PackMeta): Pack {
  const pack: Pack = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    name: meta.name,
    publishedAt: (meta.now ?? new Date()).toISOString(),
    content: content.map(toContentItem),
    relationships: relationships.map(toRelationship),
  };
  if (meta.publisher) {
    pack.publisher = meta.publisher.email
      ? { name: meta.publisher.name, email: meta.publisher.email }
      : { name: meta.publisher.name };
  }
  return pack;
}

/** The pack as a file: pretty JSON, keys in the documented order. */
export function exportPackText(content: readonly StoredContent[], relationships: readonly StoredRelationship[], meta: PackMeta): string {
  const { format, version, name, publishedAt, publisher, ...rest } = buildPack(content, relationships, meta);
  return `${JSON.stringify({ format, version, name, publishedAt, publisher, ...rest }, null, 2)}\n`;
}

/** Everything in the library and every relationship, as a pack file. */
export async function exportAll(meta: Partial<PackMeta> = {}): Promise<string> {
  const now = meta.now ?? new Date();
  const [content, relationships] = await Promise.all([listContent(), listRelationships()]);
  return exportPackText(content, relationships, {
    ...meta,
    name: meta.name ?? `Warmline export ${now.toISOString().slice(0, 10)}`,
    now,
  });
}

/** Every relationship as CSV. */
export async function exportRelationshipsCsv(): Promise<string> {
  return relationshipsToCsv((await listRelationships()).map(toRelationship));
}
