import { describe, expect, it } from 'vitest';
import type { LookupKeys } from '../model';
import { compareSubjects } from './same-subject';

const person = (keys: LookupKeys) => ({ scope: 'person' as const, keys });
const company = (keys: LookupKeys) => ({ scope: 'company' as const, keys });
const JANE = { personNameKey: 'jane doe', companyKey: 'acme robotics' };

describe('compareSubjects', () => {
  it('calls the same profile page the same person, whatever the names', () => {
    expect(compareSubjects(person({ personSlug: 'jane-doe', personNameKey: 'jane' }), person({ personSlug: 'jane-doe' }))).toBe('same-page');
  });

  it('falls back to name and company when a page is missing on either side', () => {
    expect(compareSubjects(person({ ...JANE, personSlug: 'jane-doe' }), person(JANE))).toBe('same-name');
    expect(compareSubjects(person(JANE), person(JANE))).toBe('same-name');
  });

  it('calls two pages with the same name and company namesakes', () => {
    expect(compareSubjects(person({ ...JANE, personSlug: 'jane-doe' }), person({ ...JANE, personSlug: 'jane-doe-2' }))).toBe('namesake');
  });

  it('needs both name and company, known on both sides, for a person', () => {
    expect(compareSubjects(person(JANE), person({ ...JANE, companyKey: 'globex' }))).toBeNull();
    expect(compareSubjects(person({ personNameKey: 'jane doe' }), person({ personNameKey: 'jane doe' }))).toBeNull();
    expect(compareSubjects(person({}), person({}))).toBeNull();
  });

  it('ties companies by page slug or by name', () => {
    expect(compareSubjects(company({ companySlug: 'acme' }), company({ companySlug: 'acme', companyKey: 'other' }))).toBe('same-page');
    expect(compareSubjects(company({ companyKey: 'acme' }), company({ companyKey: 'acme', companySlug: 'acme-1' }))).toBe('same-name');
    expect(compareSubjects(company({ companyKey: 'acme', companySlug: 'acme-2' }), company({ companyKey: 'acme', companySlug: 'acme-1' }))).toBe('namesake');
    expect(compareSubjects(company({ companyKey: 'acme' }), company({ companyKey: 'globex' }))).toBeNull();
  });

  it('never ties a person to a company', () => {
    expect(compareSubjects(person({ companyKey: 'acme', companySlug: 'acme' }), company({ companyKey: 'acme', companySlug: 'acme' }))).toBeNull();
  });
});
