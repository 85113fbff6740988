import { describe, expect, it } from 'vitest';
import { ACME_ROBOTICS, FROM_PACK, storedRelationship } from '../../tests/support/builders';
import type { RecordMeta, Relationship } from '../model';
import { isMine, searchFlags } from './mine';

const stored = (overrides: Partial<Relationship>, meta?: RecordMeta) =>
  storedRelationship({ company: ACME_ROBOTICS, ...overrides, ...(meta ? { meta } : {}) });

describe('isMine', () => {
  it('counts local flags and pack flags held by the user', () => {
    expect(isMine(stored({}), 'Mia')).toBe(true);
    expect(isMine(stored({ knownBy: { name: 'Mia  Marketer' } }, FROM_PACK), 'mia marketer')).toBe(true);
    expect(isMine(stored({ knownBy: { name: 'Sam Seller' } }, FROM_PACK), 'Mia Marketer')).toBe(false);
    expect(isMine(stored({ knownBy: { name: 'Sam Seller' } }, FROM_PACK), '')).toBe(false);
  });

  it("counts a team flag as the user's when the server says so, whatever name it carries", () => {
    const team = (mine: boolean): RecordMeta => ({ origin: { kind: 'team', server: 'https://team.example' }, team: { version: 1, mine } });
    expect(isMine(stored({ knownBy: { name: 'Mia' } }, team(false)), 'Mia')).toBe(false);
    expect(isMine(stored({ knownBy: { name: 'Someone' } }, team(true)), 'Mia')).toBe(true);
  });
});

describe('searchFlags', () => {
  const all = [
    stored({ id: 'a', person: { name: 'José Núñez' }, company: { name: 'Globex Corp' }, updatedAt: '2026-01-02T00:00:00Z' }),
    stored({ id: 'b', person: { name: 'Jane Doe' }, company: { name: 'Acme Robotics, Inc.' }, updatedAt: '2026-01-03T00:00:00Z' }),
    stored({ id: 'c', scope: 'company', person: undefined, company: { name: 'Northwind Traders' }, updatedAt: '2026-01-01T00:00:00Z' }),
    stored({ id: 'd', person: { name: 'Jane Other' }, knownBy: { name: 'Sam' } }, FROM_PACK),
  ];
  const ids = (query: string) => searchFlags(all, 'Mia', query).map((r) => r.id);

  it('lists only the user\'s flags, newest first, for an empty query', () => {
    expect(ids('')).toEqual(['b', 'a', 'c']);
  });

  it('matches name or company, folding case and accents', () => {
    expect(ids('jose')).toEqual(['a']);
    expect(ids('ACME')).toEqual(['b']);
    expect(ids('northwind')).toEqual(['c']);
    expect(ids('jane')).toEqual(['b']);
    expect(ids('jane globex')).toEqual([]);
  });
});
