/** Synthetic data at the size issue 3 budgets for: 100,000 relationships, 5,000 content items. */
import { CONTENT_KINDS, RELATIONS, type Relationship } from '../../lib/model';
import { relationshipsToCsv } from '../../lib/pack/csv';

const UPDATED = '2026-10-01T09:00:00Z';
const TITLES = ['marketing', 'finance', 'engineering', 'sales', 'operations', 'product', 'people', 'security'];

/** The same relationships as a spreadsheet would carry them. */
export function benchCsv(relationshipCount: number): string {
  const pack = JSON.parse(benchPack(relationshipCount, 0)) as { relationships: Relationship[] };
  return relationshipsToCsv(pack.relationships);
}

export function benchPack(relationshipCount: number, contentCount: number): string {
  const relationships = [];
  for (let i = 0; i < relationshipCount; i++) {
    const company = i % 10 === 0;
    relationships.push({
      id: `rel-${i}`,
      scope: company ? 'company' : 'person',
      ...(company ? {} : { person: { name: `Person ${i} Example`, profileUrl: `https://www.linkedin.com/in/person-${i}/` } }),
      company: { name: `Company ${i % 20_000}` },
      relation: RELATIONS[i % RELATIONS.length],
      strength: (i % 5) + 1,
      knownBy: { name: `Colleague ${i % 300}`, team: 'Field' },
      howWeKnow: 'Worked together for three years.',
      canIntro: i % 3 === 0,
      createdAt: UPDATED,
      updatedAt: UPDATED,
    });
  }
  // The fixture prospects are in there too, so the panel has something real to show.
  relationships.push({
    id: 'rel-jane',
    scope: 'person',
    person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe-8a1b2c/' },
    relation: 'former-colleague',
    strength: 4,
    knownBy: { name: 'Priya Shah' },
    canIntro: true,
    createdAt: UPDATED,
    updatedAt: UPDATED,
  });
  const content = [];
  for (let i = 0; i < contentCount; i++) {
    content.push({
      id: `item-${i}`,
      kind: CONTENT_KINDS[i % CONTENT_KINDS.length],
      title: `Item ${i} for ${TITLES[i % TITLES.length]}`,
      body: `Hi {{firstName}}, a note about ${TITLES[i % TITLES.length]} at {{company}}. Item ${i}.`,
      status: i % 4 === 0 ? 'draft' : 'approved',
      audience: i % 2 === 0 ? { titles: [TITLES[i % TITLES.length]], seniorities: ['vp', 'director'] } : undefined,
      tags: [TITLES[i % TITLES.length]!],
      updatedAt: UPDATED,
    });
  }
  return JSON.stringify({ format: 'warmline.pack', version: 1, name: 'Bench pack', content, relationships });
}
