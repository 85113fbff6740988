import { describe, expect, it } from 'vitest';
import { companyPage, personPage, storedRelationship } from '../../tests/support/builders';
import { rankWarmIntros } from './warm-intros';
import type { StoredRelationship } from '../model';

const NOW = new Date('2026-06-01T00:00:00Z');

function ids(hints: ReturnType<typeof rankWarmIntros>): string[] {
  return hints.map((hint) => hint.relationship.id);
}

describe('rankWarmIntros: match kinds', () => {
  it('is exact when the profile URL slug equals the page slug (case, percent-encoding, query ignored)', () => {
    const rel = storedRelationship({
      person: { name: 'Someone Else', profileUrl: 'https://www.linkedin.com/in/Jos%C3%A9-Doe/?trk=x' },
    });
    const [hint] = rankWarmIntros(personPage({ slug: 'josé-doe', fullName: 'Nobody' }), [rel], NOW);
    expect(hint?.match).toBe('exact');
  });

  it('derives the slug from the URL when a candidate has no keys', () => {
    const rel = storedRelationship();
    const withoutKeys = { ...rel, keys: undefined } as unknown as typeof rel;
    expect(rankWarmIntros(personPage({ fullName: 'Other Name' }), [withoutKeys], NOW)[0]?.match).toBe('exact');
  });

  it('is likely when name and company both normalise equal and the slug does not match', () => {
    const rel = storedRelationship({
      person: { name: 'JOSÉ Núñez, MBA' },
      company: { name: 'Acme Robotics, Inc.' },
    });
    const profile = personPage({ slug: 'jnunez', fullName: 'José Nuñez 🚀', company: 'Acme Robotics' });
    expect(rankWarmIntros(profile, [rel], NOW)[0]?.match).toBe('likely');
  });

  it('is likely even when the stored URL names another slug, since slugs can change', () => {
    const rel = storedRelationship({
      person: { name: 'Jane Doe', profileUrl: 'https://www.linkedin.com/in/jane-doe-old/' },
      company: { name: 'Acme Robotics' },
    });
    expect(rankWarmIntros(personPage(), [rel], NOW)[0]?.match).toBe('likely');
  });

  it('is not likely when the name matches but the company does not, or either is missing', () => {
    const noUrl = { name: 'Jane Doe' };
    const otherCompany = storedRelationship({ id: 'a', person: noUrl, company: { name: 'Globex' } });
    const noCompany = storedRelationship({ id: 'b', person: noUrl });
    expect(rankWarmIntros(personPage(), [otherCompany, noCompany], NOW)).toEqual([]);
    const sameCompany = storedRelationship({ id: 'c', person: noUrl, company: { name: 'Acme Robotics' } });
    expect(rankWarmIntros(personPage({ company: undefined }), [sameCompany], NOW)).toEqual([]);
  });

  it('is company for a company-scope relationship naming the current company', () => {
    const rel = storedRelationship({ scope: 'company', person: undefined, company: { name: 'ACME Robotics GmbH' } });
    expect(rankWarmIntros(personPage(), [rel], NOW)[0]?.match).toBe('company');
  });

  it('is company on a company page by LinkedIn slug, whatever the name', () => {
    const rel = storedRelationship({
      scope: 'company',
      person: undefined,
      company: { name: 'Totally Different Name', linkedinUrl: 'https://www.linkedin.com/company/Acme-Robotics/' },
    });
    const [hint] = rankWarmIntros(companyPage(), [rel], NOW);
    expect(hint?.match).toBe('company');
  });

  it('is company on a company page by normalised name', () => {
    const rel = storedRelationship({ scope: 'company', person: undefined, company: { name: 'Acme Robotics Inc.' } });
    expect(rankWarmIntros(companyPage({ slug: 'acme-42' }), [rel], NOW)[0]?.match).toBe('company');
  });

  it('is company on a person page whose top card names the company slug', () => {
    const rel = storedRelationship({
      scope: 'company',
      person: undefined,
      company: { name: 'ACR', linkedinUrl: 'https://www.linkedin.com/company/acme-robotics' },
    });
    expect(rankWarmIntros(personPage({ companySlug: 'acme-robotics' }), [rel], NOW)[0]?.match).toBe('company');
  });

  it('drops candidates that match nothing, and person relationships on a company page', () => {
    const stranger = storedRelationship({
      id: 'stranger',
      person: { name: 'John Roe', profileUrl: 'https://www.linkedin.com/in/john-roe/' },
      company: { name: 'Acme Robotics' },
    });
    const otherCompany = storedRelationship({ id: 'globex', scope: 'company', person: undefined, company: { name: 'Globex' } });
    expect(rankWarmIntros(personPage(), [stranger, otherCompany], NOW)).toEqual([]);
    const janeAtAcme = storedRelationship({ id: 'jane', company: { name: 'Acme Robotics' } });
    expect(rankWarmIntros(companyPage(), [janeAtAcme], NOW)).toEqual([]);
  });

  it('lists a record found through several indexes once', () => {
    const rel = storedRelationship();
    expect(rankWarmIntros(personPage(), [rel, rel, { ...rel }], NOW)).toHaveLength(1);
  });

  it('summarises readiness for each hint', () => {
    const rel = storedRelationship({ qualification: { operationallyReady: true, yearsInIndustry: 12 } });
    const [hint] = rankWarmIntros(personPage(), [rel], NOW);
    expect(hint?.readiness).toMatchObject({ answered: 2, score: 2, label: 'Partly qualified' });
  });
});

describe('rankWarmIntros: order', () => {
  const exact = storedRelationship({ id: 'exact', canIntro: false, strength: 1 });
  const likely = storedRelationship({
    id: 'likely',
    person: { name: 'Jane Doe' },
    company: { name: 'Acme Robotics' },
    strength: 5,
  });
  const company = storedRelationship({ id: 'company', scope: 'company', person: undefined, company: { name: 'Acme Robotics' }, strength: 5 });

  it('puts exact before likely before company among holders who will introduce, whatever the input order', () => {
    const willing = [company, likely, { ...exact, canIntro: true }];
    expect(ids(rankWarmIntros(personPage(), willing, NOW))).toEqual(['exact', 'likely', 'company']);
    expect(ids(rankWarmIntros(personPage(), [...willing].reverse(), NOW))).toEqual(['exact', 'likely', 'company']);
  });

  it('puts a holder who will introduce before one who has not offered, and marks the best path', () => {
    // The demo's Marcus Lee: a likely match at strength 2 who has not offered, a company contact at 5 who will.
    const leo = storedRelationship({ id: 'leo', person: { name: 'Jane Doe' }, company: { name: 'Acme Robotics' }, strength: 2, canIntro: false });
    const ana = storedRelationship({ id: 'ana', scope: 'company', person: undefined, company: { name: 'Acme Robotics' }, strength: 5, canIntro: true });
    const hints = rankWarmIntros(personPage(), [leo, ana, exact], NOW);
    expect(ids(hints)).toEqual(['ana', 'exact', 'leo']);
    expect(hints.map((hint) => hint.best)).toEqual([true, false, false]);
    // Nobody agreed: no best path.
    expect(rankWarmIntros(personPage(), [leo, exact], NOW).some((hint) => hint.best)).toBe(false);
  });

  it('within a kind: can introduce first, then strength, then most recently updated', () => {
    const companyRel = (id: string, canIntro: boolean, strength: number, updatedAt: string) =>
      storedRelationship({ id, scope: 'company', person: undefined, company: { name: 'Acme Robotics' }, canIntro, strength, updatedAt });
    const candidates = [
      companyRel('weak-no-intro', false, 1, '2026-05-01T00:00:00Z'),
      companyRel('strong-no-intro', false, 5, '2026-05-01T00:00:00Z'),
      companyRel('weak-intro', true, 2, '2026-05-01T00:00:00Z'),
      companyRel('strong-intro-old', true, 4, '2025-09-01T00:00:00Z'),
      companyRel('strong-intro-new', true, 4, '2026-05-01T00:00:00Z'),
    ];
    expect(ids(rankWarmIntros(personPage(), candidates, NOW))).toEqual([
      'strong-intro-new',
      'strong-intro-old',
      'weak-intro',
      'strong-no-intro',
      'weak-no-intro',
    ]);
  });

  it('ranks a flag not confirmed for 12 months below every fresh one, says it may be stale, and never makes it the best path while a fresh one is', () => {
    const rel = (id: string, over: Partial<StoredRelationship>) => storedRelationship({ id, ...over });
    const staleExact = rel('stale-exact', { strength: 5, canIntro: true, updatedAt: '2025-05-31T00:00:00Z' });
    const confirmed = rel('confirmed', { strength: 5, canIntro: true, updatedAt: '2024-01-01T00:00:00Z', confirmedAt: '2025-06-02T00:00:00Z' });
    const freshCompany = storedRelationship({ id: 'fresh-company', scope: 'company', person: undefined, company: { name: 'Acme Robotics' }, strength: 1, canIntro: false, updatedAt: '2026-05-01T00:00:00Z' });
    const oldConfirmation = rel('old-confirmation', { strength: 5, canIntro: true, updatedAt: '2026-05-01T00:00:00Z', confirmedAt: '2025-01-01T00:00:00Z' });
    const hints = rankWarmIntros(personPage(), [staleExact, freshCompany, oldConfirmation, confirmed], NOW);
    expect(ids(hints)).toEqual(['confirmed', 'fresh-company', 'stale-exact', 'old-confirmation']);
    expect(hints.map((hint) => hint.stale)).toEqual([false, false, true, true]);
    expect(hints.find((hint) => hint.best)?.relationship.id).toBe('confirmed');
    // Only stale paths: the best of them is still the best path.
    expect(rankWarmIntros(personPage(), [staleExact], NOW)[0]).toMatchObject({ best: true, stale: true });
  });

  it('does not let a future-dated update outrank a recent one', () => {
    const at = (id: string, updatedAt: string) => storedRelationship({ id, updatedAt });
    const future = at('future', '2030-01-01T00:00:00Z');
    const recent = at('recent', NOW.toISOString());
    // The future date counts as now: equal recency keeps the input order (stable sort).
    expect(ids(rankWarmIntros(personPage(), [recent, future], NOW))).toEqual(['recent', 'future']);
    expect(ids(rankWarmIntros(personPage(), [future, recent], NOW))).toEqual(['future', 'recent']);
  });

  it('scores follow the order', () => {
    const scores = rankWarmIntros(personPage(), [company, likely, exact, { ...likely, id: 'shy', canIntro: false }], NOW).map((hint) => hint.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
