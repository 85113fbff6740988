/** Test support only (imports fake-indexeddb): never import from app code. */
import { IDBFactory } from 'fake-indexeddb';
import type { Activity, Feedback, RecordMeta, Relationship, StoredContent, Subscription } from '../model';
import { closeChangeChannel } from './changes';
import { resetForTests } from './open';

/** Each test starts from an empty IndexedDB and no cached connection or listeners. */
export async function useFreshDatabase(): Promise<void> {
  await resetForTests();
  closeChangeChannel();
  globalThis.indexedDB = new IDBFactory();
}

export const LOCAL: RecordMeta = { origin: { kind: 'local' } };
export const FROM_PACK: RecordMeta = { origin: { kind: 'pack', packName: 'Acme field pack' } };

export function makeContent(overrides: Partial<StoredContent> = {}): StoredContent {
  return {
    id: 'c1',
    kind: 'message',
    title: 'Intro note',
    body: 'Hi {{firstName}}, ...',
    status: 'approved',
    updatedAt: '2026-01-01T00:00:00Z',
    meta: LOCAL,
    ...overrides,
  };
}

export function makeRelationship(overrides: Partial<Relationship> = {}): Relationship {
  return {
    id: 'r1',
    scope: 'person',
    person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/' },
    company: { name: 'Acme Robotics, Inc.', linkedinUrl: 'https://www.linkedin.com/company/acme-robotics/' },
    relation: 'former-colleague',
    strength: 4,
    knownBy: { name: 'Sam Seller' },
    canIntro: true,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

export function makeActivity(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 'a1',
    at: '2026-02-01T10:00:00.000Z',
    action: 'copy',
    contentId: 'c1',
    profileSlug: 'jane-doe',
    profileKind: 'person',
    ...overrides,
  };
}

export function makeFeedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    id: 'f1',
    at: '2026-02-01T10:00:00.000Z',
    contentId: 'c1',
    verdict: 'worked',
    ...overrides,
  };
}

export function makeSubscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    url: 'https://packs.acme.example/field.json',
    managed: false,
    refreshMinutes: 360,
    ...overrides,
  };
}
