/**
 * The one set of record builders for tests: valid records with as little as possible filled in,
 * so each test spells out the fields it relies on. Every builder takes overrides.
 */
import { relationshipKeys } from '../../lib/identity/keys';
import type {
  Activity,
  ContentItem,
  Feedback,
  ProfileSnapshot,
  RecordMeta,
  Relationship,
  StoredContent,
  StoredRelationship,
  Subscription,
} from '../../lib/model';

export const T0 = '2026-01-01T00:00:00.000Z';
export const T1 = '2026-02-01T00:00:00.000Z';
export const T2 = '2026-03-01T00:00:00.000Z';

export const LOCAL: RecordMeta = { origin: { kind: 'local' } };
export const FROM_PACK: RecordMeta = { origin: { kind: 'pack', packName: 'Acme field pack' } };

export function contentItem(overrides: Partial<ContentItem> = {}): ContentItem {
  return {
    id: 'c1',
    kind: 'message',
    title: 'Intro note',
    body: 'Hi {{firstName}}',
    status: 'approved',
    updatedAt: T0,
    ...overrides,
  };
}

export function storedContent(overrides: Partial<StoredContent> = {}): StoredContent {
  return { ...contentItem(), meta: LOCAL, ...overrides };
}

/** A company with its LinkedIn page, as people write it (a legal suffix the keys drop). */
export const ACME_ROBOTICS = { name: 'Acme Robotics, Inc.', linkedinUrl: 'https://www.linkedin.com/company/acme-robotics/' };

/** Jane Doe, at her profile URL, known by Sam Seller; no company. */
export function relationship(overrides: Partial<Relationship> = {}): Relationship {
  return {
    id: 'r1',
    scope: 'person',
    person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/' },
    relation: 'former-colleague',
    strength: 3,
    knownBy: { name: 'Sam Seller' },
    canIntro: true,
    createdAt: T0,
    updatedAt: T0,
    ...overrides,
  };
}

/**
 * What a relationship in a real pack usually carries beyond the minimum: a company and the
 * holder's email and team. For tests that read or write every field (CSV, export, fuzzing).
 */
export const PACK_DETAILS = {
  company: { name: 'Acme Robotics' },
  knownBy: { name: 'Sam Seller', email: 'sam@example.com', team: 'East' },
  strength: 4,
} satisfies Partial<Relationship>;

type StoredInput = Partial<Omit<StoredRelationship, 'keys'>> & { keys?: StoredRelationship['keys'] | undefined };

/** As the store keeps it: keys derived as the store derives them, unless the test passes its own. */
export function storedRelationship(overrides: StoredInput = {}): StoredRelationship {
  const { keys, meta = LOCAL, ...fields } = overrides;
  const rel = relationship(fields);
  return { ...rel, meta, keys: keys ?? relationshipKeys(rel) };
}

export function activity(overrides: Partial<Activity> = {}): Activity {
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

export function feedback(overrides: Partial<Feedback> = {}): Feedback {
  return {
    id: 'f1',
    at: '2026-02-01T10:00:00.000Z',
    contentId: 'c1',
    verdict: 'worked',
    ...overrides,
  };
}

export function subscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    url: 'https://packs.acme.example/field.json',
    managed: false,
    refreshMinutes: 360,
    ...overrides,
  };
}

/** What the content script reads on Jane Doe's profile. */
export function personPage(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    kind: 'person',
    url: 'https://www.linkedin.com/in/jane-doe/',
    slug: 'jane-doe',
    fullName: 'Jane Doe',
    company: 'Acme Robotics',
    cues: [],
    ...overrides,
  };
}

export function companyPage(overrides: Partial<ProfileSnapshot> = {}): ProfileSnapshot {
  return {
    kind: 'company',
    url: 'https://www.linkedin.com/company/acme-robotics/',
    slug: 'acme-robotics',
    fullName: 'Acme Robotics',
    cues: [],
    ...overrides,
  };
}

/** A version 1 pack holding the given records (one content item and one relationship unless told). */
export function packObject(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'warmline.pack',
    version: 1,
    name: 'Acme field pack',
    content: [contentItem()],
    relationships: [relationship(PACK_DETAILS)],
    ...extra,
  };
}

export function packText(extra: Record<string, unknown> = {}): string {
  return JSON.stringify(packObject(extra), null, 2);
}
