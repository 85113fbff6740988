import type { DBSchema, StoreNames } from 'idb';
import type { Activity, Feedback, OutboxEntry, StoredContent, StoredIntro, StoredRelationship, Subscription, TeamConflict } from '../model';

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
  /** Since version 3: changes waiting to go to the team server, in the order they were made. */
  outbox: {
    key: number;
    value: OutboxEntry;
    indexes: { 'by-key': string };
  };
  /** Since version 3: local changes the team server did not take, waiting for the user's choice. */
  conflicts: {
    key: string;
    value: TeamConflict;
  };
  /** Since version 3: intro requests to or from this user (the team server's). */
  intros: {
    key: string;
    value: StoredIntro;
    indexes: { 'by-relationship': string };
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
  'outbox',
  'conflicts',
  'intros',
  'meta',
];
