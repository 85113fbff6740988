import { describe, expect, it } from 'vitest';
import { activity, relationship, storedRelationship, T1 } from '../../tests/support/builders';
import type { Connection } from './connections-csv';
import { filterRows, myPeople, planFlags, teamAccounts, triageRows } from './triage';

const ana: Connection = { line: 5, name: 'Ana Ruiz', url: 'https://www.linkedin.com/in/ana-ruiz/', slug: 'ana-ruiz', company: 'Northwind Logistics', position: 'VP Operations', connectedOn: '2024-03-12' };
const layla: Connection = { line: 6, name: 'Layla Haddad', company: 'Contoso Freight', position: 'Buyer' };
const bo: Connection = { line: 7, name: 'Bo Chen', url: 'https://www.linkedin.com/in/bo-chen/', slug: 'bo-chen', company: 'Litware', position: 'Technical Recruiter' };

describe('teamAccounts', () => {
  it("takes the companies of stored flags and of activity on company pages or about a flag, folded", () => {
    const flags = [relationship({ id: 'f1', company: { name: 'Northwind Logistics, Inc.' } }), relationship({ id: 'f2', company: { name: 'Fabrikam' } })];
    const accounts = teamAccounts(flags, [
      activity({ profileKind: 'company', profileName: 'Contoso Freight' }),
      activity({ profileKind: 'person', profileName: 'Someone', relationshipId: 'f2' }),
    ]);
    expect([...accounts].sort()).toEqual(['contoso freight', 'fabrikam', 'northwind logistics']);
  });
});

describe('triageRows and filterRows', () => {
  const mine = myPeople([storedRelationship({ id: 'mine-layla', person: { name: 'Layla Haddad' } })]);
  const rows = triageRows([ana, layla, bo], new Set(['northwind logistics']), mine);

  it('marks team accounts and the rows the user flagged (by slug, or by name where a URL is missing)', () => {
    expect(rows.map((row) => [row.key, row.teamAccount, row.flaggedId])).toEqual([
      ['ana-ruiz', true, undefined],
      ['line-6', false, 'mine-layla'],
      ['bo-chen', false, undefined],
    ]);
  });

  it('a namesake at another profile is not my flag', () => {
    const other = myPeople([storedRelationship({ id: 'x', person: { name: 'Ana Ruiz', profileUrl: 'https://www.linkedin.com/in/ana-ruiz-2/' } })]);
    expect(triageRows([ana], new Set(), other)[0]?.flaggedId).toBeUndefined();
  });

  it('filters by every word typed, in company, title or name, and by team accounts', () => {
    expect(filterRows(rows, { text: 'recruiter', teamAccountsOnly: false }).map((row) => row.name)).toEqual(['Bo Chen']);
    expect(filterRows(rows, { text: 'VP northwind', teamAccountsOnly: false }).map((row) => row.name)).toEqual(['Ana Ruiz']);
    expect(filterRows(rows, { text: '', teamAccountsOnly: true }).map((row) => row.name)).toEqual(['Ana Ruiz']);
    expect(filterRows(rows, { text: '  ', teamAccountsOnly: false })).toBe(rows);
  });
});

describe('planFlags', () => {
  const settings = { name: 'Mara Marketer', email: 'mara@example.com', team: '' };
  const now = new Date(T1);
  let n = 0;
  const newId = () => `new-${++n}`;

  it('makes person flags with the choice, the user as holder and when they connected', () => {
    const [plan] = planFlags(triageRows([ana], new Set(), myPeople([])), { relation: 'customer', strength: 4, canIntro: false }, { settings, people: myPeople([]), now, newId });
    expect(plan).toEqual({
      rel: {
        id: 'new-1',
        scope: 'person',
        person: { name: 'Ana Ruiz', profileUrl: 'https://www.linkedin.com/in/ana-ruiz/' },
        company: { name: 'Northwind Logistics' },
        relation: 'customer',
        strength: 4,
        knownBy: { name: 'Mara Marketer', email: 'mara@example.com' },
        howWeKnow: 'Connected on LinkedIn since Mar 2024',
        canIntro: false,
        createdAt: T1,
        updatedAt: T1,
        confirmedAt: T1,
      },
    });
  });

  it('merges into the user\'s flag: keeps its notes and holder, fills a missing URL and company, sets the choice', () => {
    const existing = storedRelationship({ id: 'mine-ana', person: { name: 'Ana Ruiz' }, notes: 'Knows the CFO', knownBy: { name: 'Mara Marketer' }, relation: 'friend', strength: 2 });
    const people = myPeople([existing]);
    const [plan] = planFlags(triageRows([ana], new Set(), people), { relation: 'customer', strength: 5, canIntro: true }, { settings, people, now, newId });
    expect(plan?.existing).toBe(existing);
    expect(plan?.rel).toMatchObject({
      id: 'mine-ana',
      person: { name: 'Ana Ruiz', profileUrl: 'https://www.linkedin.com/in/ana-ruiz/' },
      company: { name: 'Northwind Logistics' },
      notes: 'Knows the CFO',
      relation: 'customer',
      strength: 5,
      updatedAt: T1,
      confirmedAt: T1,
    });
    expect(plan?.rel).not.toHaveProperty('meta');
  });
});
