/** Valid records and packs for the pack tests (imported by tests only). */
import type { ContentItem, Relationship } from '../model';

export const T0 = '2026-01-01T00:00:00.000Z';
export const T1 = '2026-02-01T00:00:00.000Z';
export const T2 = '2026-03-01T00:00:00.000Z';

export function contentItem(overrides: Partial<ContentItem> = {}): ContentItem {
  return {
    id: 'q4-launch',
    kind: 'message',
    title: 'Q4 launch note',
    body: 'Hi {{firstName}}, saw {{company}} is hiring.',
    status: 'approved',
    updatedAt: T1,
    ...overrides,
  };
}

export function relationship(overrides: Partial<Relationship> = {}): Relationship {
  return {
    id: 'rel-jane',
    scope: 'person',
    person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/' },
    company: { name: 'Acme Robotics' },
    relation: 'former-colleague',
    strength: 4,
    knownBy: { name: 'Sam Seller', email: 'sam@example.com', team: 'East' },
    canIntro: true,
    createdAt: T0,
    updatedAt: T1,
    ...overrides,
  };
}

export function packObject(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: 'warmline.pack',
    version: 1,
    name: 'Acme field pack',
    content: [contentItem()],
    relationships: [relationship()],
    ...extra,
  };
}

export function packText(extra: Record<string, unknown> = {}): string {
  return JSON.stringify(packObject(extra), null, 2);
}
