/**
 * Triage of an imported network (LinkedIn's Connections.csv): which rows match accounts the team
 * works, which the user already flagged, the filter, and what flagging the picked rows writes.
 * Pure: the caller reads the store and writes the result (./flag-picked.ts).
 */
import { normalizeCompany, normalizeName } from '../identity/normalize';
import type { Activity, Relation, Relationship, Settings, StoredRelationship } from '../model';
import type { Connection } from './connections-csv';

/** A connection as the triage list shows it. */
export type TriageRow = Connection & {
  /** Stable within one import: the slug, else the row's line. */
  key: string;
  /** The company is one the team's flags or activity name. */
  teamAccount: boolean;
  /** The user's own flag for this person, if there is one (flagging updates it). */
  flaggedId?: string;
  /** Lower-cased name, company and position, searched by the filter. */
  haystack: string;
};

/** Set once for every picked row. */
export type TriageChoice = { relation: Relation; strength: number; canIntro: boolean };

/**
 * The companies the team works: those named by the stored flags (the team's and the user's) and
 * by activity on company pages or about a flag. Keys are normalised (lib/identity/normalize.ts).
 */
export function teamAccounts(flags: readonly Relationship[], activities: readonly Activity[]): Set<string> {
  const accounts = new Set<string>();
  const byId = new Map(flags.map((flag) => [flag.id, flag]));
  const add = (name: string | undefined) => {
    const key = normalizeCompany(name);
    if (key) accounts.add(key);
  };
  for (const flag of flags) add(flag.company?.name);
  for (const activity of activities) {
    if (activity.profileKind === 'company') add(activity.profileName);
    if (activity.relationshipId) add(byId.get(activity.relationshipId)?.company?.name);
  }
  return accounts;
}

/** The user's flags about people, by profile slug and by name (for rows without a URL). */
export type MyPeople = { bySlug: Map<string, StoredRelationship>; byName: Map<string, StoredRelationship> };

export function myPeople(mine: readonly StoredRelationship[]): MyPeople {
  const bySlug = new Map<string, StoredRelationship>();
  const byName = new Map<string, StoredRelationship>();
  for (const flag of mine) {
    if (flag.scope !== 'person') continue;
    if (flag.keys.personSlug && !bySlug.has(flag.keys.personSlug)) bySlug.set(flag.keys.personSlug, flag);
    if (flag.keys.personNameKey && !byName.has(flag.keys.personNameKey)) byName.set(flag.keys.personNameKey, flag);
  }
  return { bySlug, byName };
}

/**
 * The user's flag for a connection: the same profile, or where either has no profile URL, the
 * same name (a namesake at another profile is someone else).
 */
export function existingFlagOf(connection: Connection, people: MyPeople): StoredRelationship | undefined {
  if (connection.slug) {
    const bySlug = people.bySlug.get(connection.slug);
    if (bySlug) return bySlug;
  }
  const byName = people.byName.get(normalizeName(connection.name));
  if (!byName) return undefined;
  return !connection.slug || !byName.keys.personSlug ? byName : undefined;
}

export function triageRows(connections: readonly Connection[], accounts: ReadonlySet<string>, people: MyPeople): TriageRow[] {
  return connections.map((connection) => {
    const flag = existingFlagOf(connection, people);
    return {
      ...connection,
      key: connection.slug ?? `line-${connection.line}`,
      teamAccount: accounts.has(normalizeCompany(connection.company)),
      ...(flag ? { flaggedId: flag.id } : {}),
      haystack: `${connection.name} ${connection.company ?? ''} ${connection.position ?? ''}`.toLowerCase(),
    };
  });
}

export type TriageFilter = { text: string; teamAccountsOnly: boolean };

/** Rows whose name, company or position holds every word typed (in any order, any case). */
export function filterRows(rows: readonly TriageRow[], filter: TriageFilter): TriageRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 && !filter.teamAccountsOnly) return rows as TriageRow[];
  return rows.filter((row) => (!filter.teamAccountsOnly || row.teamAccount) && words.every((word) => row.haystack.includes(word)));
}

/** What flagging one picked row writes: a new flag, or the user's flag for them, updated. */
export type PlannedFlag = { rel: Relationship; existing?: StoredRelationship };

const MONTH_WORDS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Connected on LinkedIn since March 2024", from `2024-03-12`. */
function howWeKnow(connectedOn: string | undefined): string {
  if (!connectedOn) return 'Connected on LinkedIn';
  const [year, month] = connectedOn.split('-');
  return `Connected on LinkedIn since ${MONTH_WORDS[Number(month) - 1] ?? ''} ${year}`.replace('  ', ' ');
}

export type PlanContext = {
  settings: Pick<Settings, 'name' | 'email' | 'team'>;
  /** The user's flags about people, as they are now (rows flagged since the list was read count too). */
  people: MyPeople;
  now: Date;
  newId: () => string;
};

/**
 * The flags the picked rows become, all with the same relation, strength and intro answer. A
 * row already flagged updates that flag (its notes, how-we-know and holder stay; a missing
 * company or profile URL is filled in), so a second import never makes a second flag.
 */
export function planFlags(rows: readonly TriageRow[], choice: TriageChoice, ctx: PlanContext): PlannedFlag[] {
  const at = ctx.now.toISOString();
  const email = ctx.settings.email.trim();
  const team = ctx.settings.team.trim();
  const knownBy = { name: ctx.settings.name.trim(), ...(email ? { email } : {}), ...(team ? { team } : {}) };
  return rows.map((row) => {
    const existing = existingFlagOf(row, ctx.people);
    const company = row.company ? { name: row.company } : undefined;
    if (existing) {
      const { meta: _meta, keys: _keys, ...base } = existing;
      const person = base.person && !base.person.profileUrl && row.url ? { ...base.person, profileUrl: row.url } : base.person;
      const rel: Relationship = {
        ...base,
        ...(person ? { person } : {}),
        ...(!base.company && company ? { company } : {}),
        relation: choice.relation,
        strength: choice.strength,
        canIntro: choice.canIntro,
        updatedAt: at,
        confirmedAt: at,
      };
      return { rel, existing };
    }
    const rel: Relationship = {
      id: ctx.newId(),
      scope: 'person',
      person: { name: row.name, ...(row.url ? { profileUrl: row.url } : {}) },
      ...(company ? { company } : {}),
      relation: choice.relation,
      strength: choice.strength,
      knownBy,
      howWeKnow: howWeKnow(row.connectedOn),
      canIntro: choice.canIntro,
      createdAt: at,
      updatedAt: at,
      confirmedAt: at,
    };
    return { rel };
  });
}
