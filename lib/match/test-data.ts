/** Builders for match tests: valid records with only the fields a test cares about spelled out. */
import type { ContentItem, ProfileSnapshot, StoredRelationship } from '../model';
import { relationshipKeys } from './keys';

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

type RelationshipInput = Partial<Omit<StoredRelationship, 'keys'>> & { keys?: StoredRelationship['keys'] | undefined };

/** A stored relationship; keys are derived as the store does unless the test passes its own. */
export function relationship(overrides: RelationshipInput = {}): StoredRelationship {
  const { keys, ...rest } = overrides;
  const rel = {
    id: 'r1',
    scope: 'person',
    person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/' },
    relation: 'former-colleague',
    strength: 3,
    knownBy: { name: 'Sam Seller' },
    canIntro: true,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    meta: { origin: { kind: 'local' } },
    ...rest,
  } as Omit<StoredRelationship, 'keys'>;
  return { ...rel, keys: keys ?? relationshipKeys(rel) } as StoredRelationship;
}

export function contentItem(overrides: Partial<ContentItem> = {}): ContentItem {
  return {
    id: 'c1',
    kind: 'message',
    title: 'Intro note',
    body: 'Hi {{firstName}}',
    status: 'approved',
    updatedAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}
