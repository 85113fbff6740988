import type { DBSchema, StoreNames } from 'idb';
import type { Activity, Feedback, StoredContent, StoredRelationship, Subscription } from '../model';

export const DB_NAME = 'warmline';

/** Since version 2, on content and relationships: records by origin kind, and one subscription's by its URL. */
type OriginIndexes = { 'by-origin-kind': string; 'by-subscription': string };

/**
 * The shape of the one IndexedDB database. Index keys are the indexed field's type;
 * a record whose indexed field is missing simply is not in that index.
 */
export interface WarmlineDB extends DBSchema {
  content: {
    key: string;
    value: StoredContent;
    indexes: { 'by-status': StoredContent['status']; 'by-updated': string } & OriginIndexes;
  };
  relationships: {
    key: string;
    value: StoredRelationship;
    indexes: {
      'by-person-slug': string;
      'by-person-name': string;
      'by-company': string;
      'by-company-slug': string;
      'by-known-by': string;
    } & OriginIndexes;
  };
  activities: {
    key: string;
    value: Activity;
    indexes: { 'by-at': string; 'by-content': string };
  };
  feedback: {
    key: string;
    value: Feedback;
    indexes: { 'by-at': string; 'by-content': string };
  };
  subscriptions: {
    key: string;
    value: Subscription;
  };
  /** Small records under fixed keys ('settings', ...). Values are validated by their readers. */
  meta: {
    key: string;
    value: unknown;
  };
}

export type StoreName = StoreNames<WarmlineDB>;

export const STORE_NAMES: readonly StoreName[] = [
  'content',
  'relationships',
  'activities',
  'feedback',
  'subscriptions',
  'meta',
];
