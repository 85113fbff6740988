/** Synthetic data at the size issue 3 budgets for: 100,000 relationships, 5,000 content items. */
import { randomUUID } from 'node:crypto';
import { CONTENT_KINDS, RELATIONS, type Relationship } from '../../lib/model';
import { relationshipsToCsv } from '../../lib/pack/csv';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportHeader, type ExportLine } from '../../server/transfer/format';

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

/**
 * The same library as a Warmline Team export (server/transfer/format.ts), for `npm run
 * server:import`: one team, whose one marketer owns every relationship (shared with the team) and
 * wrote every item.
 */
export function benchTeamExport(packText: string, { team, owner, schema }: { team: string; owner: string; schema: number }): string {
  const pack = JSON.parse(packText) as { relationships: Array<{ id: string }>; content: Array<{ id: string; status: string }> };
  const teamId = randomUUID();
  const ownerId = randomUUID();
  const line = (table: ExportLine['table'], row: ExportLine['row']) => JSON.stringify({ table, row } satisfies ExportLine);
  const header: ExportHeader = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: UPDATED, schema };
  const lines = [
    JSON.stringify(header),
    line('teams', { id: teamId, name: team, created_at: UPDATED }),
    line('users', { id: ownerId, name: owner, email: null, role: 'marketer', access_rev: 1, created_at: UPDATED, removed_at: null }),
    line('memberships', { user_id: ownerId, team_id: teamId, created_at: UPDATED }),
  ];
  for (const rel of pack.relationships) {
    lines.push(line('relationships', {
      id: rel.id, owner_id: ownerId, share: 'team', narrowed_team_ids: null, team_ids: [teamId], data: rel,
      rev: 1, created_at: UPDATED, updated_at: UPDATED, updated_by: ownerId,
    }));
  }
  for (const item of pack.content) {
    lines.push(line('content_items', {
      id: item.id, team_id: teamId, status: item.status, data: item, rev: 1,
      created_by: ownerId, updated_by: ownerId, created_at: UPDATED, updated_at: UPDATED,
    }));
  }
  return lines.join('\n') + '\n';
}
