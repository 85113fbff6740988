/** Records as the extension makes them (the pack's shapes), with ids unique per call. */
import type { Activity, ContentItem, Feedback, Mutation, Relationship } from '../../../lib/model/index.ts';

const NOW = '2026-03-02T10:00:00.000Z';
let sequence = 0;
export const uniqueId = (prefix: string) => `${prefix}-${++sequence}-${Math.random().toString(36).slice(2, 8)}`;

export function relationship(overrides: Partial<Relationship> = {}): Relationship {
  return {
    id: uniqueId('rel'),
    scope: 'person',
    person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe/' },
    company: { name: 'Acme Robotics' },
    relation: 'former-colleague',
    strength: 4,
    knownBy: { name: 'Sam Seller' },
    notes: 'Worked together at Initech.',
    canIntro: true,
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

export function content(overrides: Partial<ContentItem> = {}): ContentItem {
  return {
    id: uniqueId('item'),
    kind: 'message',
    title: 'Opener',
    body: 'Hi {{firstName}}, a note about {{company}}.',
    status: 'approved',
    updatedAt: NOW,
    ...overrides,
  };
}

export function activity(overrides: Partial<Activity> = {}): Activity {
  return { id: uniqueId('act'), at: NOW, action: 'copy', contentId: 'c1', profileSlug: 'jane-doe', profileKind: 'person', ...overrides };
}

export function feedback(overrides: Partial<Feedback> = {}): Feedback {
  return { id: uniqueId('fb'), at: NOW, contentId: 'c1', verdict: 'worked', ...overrides };
}

export const putFlag = (record: Relationship, extra: Partial<Extract<Mutation, { type: 'relationship.put' }>> = {}): Mutation => ({
  id: uniqueId('m'),
  type: 'relationship.put',
  baseVersion: null,
  record,
  share: 'team',
  ...extra,
});

export const putItem = (record: ContentItem, team: string | null, baseVersion: number | null = null): Mutation => ({
  id: uniqueId('m'),
  type: 'content.put',
  baseVersion,
  record,
  team,
});
