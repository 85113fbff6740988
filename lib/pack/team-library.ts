/**
 * Packs and the team's library: a connected marketer imports a pack into it (preview, then
 * confirm: each item goes out as the team's), or exports it as a pack file. Packs by file or
 * subscription keep working beside the team, in this browser.
 */
import { listContent, listTeamContent } from '../db';
import { originName, type ContentItem, type StoredContent, type TeamSession } from '../model';
import { exportPackText, toContentItem } from './export';
import type { PreparedImport } from './import';
import { storeTeamContent } from '../sync/local-writes';

export type TeamPackPlan = {
  added: StoredContent[];
  updated: Array<{ item: StoredContent; previous: StoredContent }>;
  unchanged: number;
  /** Ids that a record here of another origin holds (a pack's, this browser's): not imported. */
  heldHere: Array<{ id: string; title: string; by: string }>;
  /** A pack's relationships are flags: not the library's (import them from Packs, then share them). */
  relationships: number;
};

const sameItem = (a: ContentItem, b: ContentItem) => JSON.stringify(toContentItem({ ...a, meta: { origin: { kind: 'local' } } })) === JSON.stringify(toContentItem({ ...b, meta: { origin: { kind: 'local' } } }));

/** What importing this pack into the team's library would do. Nothing is written. */
export async function planTeamPackImport(prepared: Extract<PreparedImport, { ok: true }>): Promise<TeamPackPlan> {
  const [team, all] = await Promise.all([listTeamContent(), listContent()]);
  const teamById = new Map(team.map((item) => [item.id, item]));
  const othersById = new Map(all.filter((item) => item.meta.origin.kind !== 'team').map((item) => [item.id, item]));
  const plan: TeamPackPlan = { added: [], updated: [], unchanged: 0, heldHere: [], relationships: prepared.relationships.length };
  for (const incoming of prepared.content) {
    const held = othersById.get(incoming.id);
    if (held) {
      plan.heldHere.push({ id: incoming.id, title: incoming.title, by: originName(held.meta.origin) });
      continue;
    }
    const previous = teamById.get(incoming.id);
    const item: StoredContent = { ...incoming, meta: previous?.meta ?? { origin: { kind: 'local' } } };
    if (!previous) plan.added.push(item);
    else if (sameItem(previous, incoming)) plan.unchanged++;
    else plan.updated.push({ item, previous });
  }
  return plan;
}

/** Writes the plan into the team's library (`team`: one of the user's teams, or null for every team): each item goes out. */
export function commitTeamPackImport(plan: TeamPackPlan, team: string | null): Promise<number> {
  return storeTeamContent([...plan.added.map((item) => ({ item })), ...plan.updated], team);
}

/** The team's library as this browser holds it (what the user may see of it), as a pack file. */
export async function exportTeamLibrary(session: TeamSession, now = new Date()): Promise<string> {
  const items = await listTeamContent();
  const teams = session.teams.map((team) => team.name).join(', ');
  return exportPackText(items, [], { name: `${teams} library ${now.toISOString().slice(0, 10)}`, publisher: { name: teams.slice(0, 200) }, now });
}
