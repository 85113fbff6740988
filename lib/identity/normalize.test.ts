import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeCompany, normalizeName } from './normalize';

describe('normalizeName', () => {
  it.each([
    ['Jane Doe', 'jane doe'],
    ['  JANE   doe ', 'jane doe'],
    ['José Núñez', 'jose nunez'],
    ['Jose Nunez', 'jose nunez'],
    ['Jane Doe 🚀', 'jane doe'],
    ['👩🏽‍💻 Jane Doe', 'jane doe'],
    ['Jane Doe, MBA', 'jane doe'],
    ['Jane Doe, PhD', 'jane doe'],
    ['Jane Doe, Ph.D.', 'jane doe'],
    ['Jane Doe MBA', 'jane doe'],
    ['Jane Doe, MBA, PhD, CFA', 'jane doe'],
    ['Jane Doe, MA', 'jane doe'],
    ['Dr. Jane Doe, PhD', 'jane doe'],
    ['Jane Doe (she/her)', 'jane doe'],
    ['Jane Doe, she/her', 'jane doe'],
    ["Seán O'Brien", 'sean obrien'],
    ['Seán O’Brien', 'sean obrien'],
    ['Jean-Luc Picard', 'jean luc picard'],
    ['Łukasz Żółć', 'lukasz zolc'],
    ['Søren Kierkegaard', 'soren kierkegaard'],
    ['Günther Straße', 'gunther strasse'],
    ['山田 太郎', '山田 太郎'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });

  it('keeps a surname that is also a credential when no comma marks it as one', () => {
    expect(normalizeName('Jack Ma')).toBe('jack ma');
    expect(normalizeName('Ana Md')).toBe('ana md');
  });

  it('never empties a name made only of credential-like words', () => {
    expect(normalizeName('MBA')).toBe('mba');
    expect(normalizeName('Dr.')).toBe('dr');
  });

  it('is empty only for nothing', () => {
    expect(normalizeName(undefined)).toBe('');
    expect(normalizeName('')).toBe('');
    expect(normalizeName('🚀')).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const once = normalizeName(raw);
        expect(normalizeName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on name-like input with credentials and accents', () => {
    const part = fc.constantFrom('José', 'Núñez', 'Dr.', 'MBA', ', PhD', ', MA', 'O’Brien', '🚀', '-', 'Ma', '(she/her)', ',', '.');
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const once = normalizeName(parts.join(' '));
        expect(normalizeName(once)).toBe(once);
        expect(once).toBe(once.trim());
        expect(once).not.toMatch(/[A-Z\s]{2}|[,.]/);
      }),
    );
  });
});

describe('normalizeCompany', () => {
  it.each([
    ['Acme', 'acme'],
    ['ACME', 'acme'],
    ['Acme Inc', 'acme'],
    ['Acme Inc.', 'acme'],
    ['Acme, Inc.', 'acme'],
    ['Acme LLC', 'acme'],
    ['Acme Ltd', 'acme'],
    ['Acme Ltd.', 'acme'],
    ['Acme GmbH', 'acme'],
    ['Acme Corp', 'acme'],
    ['Acme Corporation', 'acme'],
    ['Acme S.A.', 'acme'],
    ['Acme SA', 'acme'],
    ['Acme GmbH & Co. KG', 'acme'],
    ['Acme Robotics, Inc.', 'acme robotics'],
    ['The Acme Company', 'acme'],
    ['Açme Robótica S.L.', 'acme robotica'],
    ['Acme 🚀', 'acme'],
    ['Johnson & Johnson', 'johnson and johnson'],
    ['Johnson and Johnson', 'johnson and johnson'],
    ['Coca-Cola', 'coca cola'],
    ['3M', '3m'],
    ['7-Eleven, Inc.', '7 eleven'],
    ['Acme (Acquired by Globex)', 'acme'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeCompany(input)).toBe(expected);
  });

  it('never empties a name that is only a suffix word', () => {
    expect(normalizeCompany('Company')).toBe('company');
    expect(normalizeCompany('Inc.')).toBe('inc');
    expect(normalizeCompany('The Company')).toBe('company');
    expect(normalizeCompany('Group Holdings')).toBe('group');
  });

  it('is empty for nothing', () => {
    expect(normalizeCompany(undefined)).toBe('');
    expect(normalizeCompany('  ')).toBe('');
  });

  it('is idempotent and never empty for a name with a letter in it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const once = normalizeCompany(raw);
        expect(normalizeCompany(once)).toBe(once);
        if (/[a-z]/i.test(raw)) expect(once).not.toBe('');
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent on company-like input', () => {
    const part = fc.constantFrom('Acme', 'Inc.', ', Inc', 'GmbH', '&', 'Co.', 'KG', 'The', 'Company', 'S.A.', 'and', 'Group');
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 6 }), (parts) => {
        const once = normalizeCompany(parts.join(' '));
        expect(normalizeCompany(once)).toBe(once);
        expect(once).not.toBe('');
      }),
    );
  });
});
