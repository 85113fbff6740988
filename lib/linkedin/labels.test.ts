import { describe, expect, it } from 'vitest';
import { companyFromControl, companyFromLabel, companyNameFromTitle, isBadgeText, isErrorHeading, parseDashTitle } from './labels';
import { domOf } from '../../tests/support/fixtures';

describe('companyFromLabel', () => {
  it.each([
    ['Current company: Acme Robotics. Click to skip to experience card', 'Acme Robotics'],
    ['Empresa actual: Contoso Ibérica. Haz clic para ir a la sección de experiencia', 'Contoso Ibérica'],
    ['Entreprise actuelle : Fabrikam. Cliquez pour accéder à la section Expérience', 'Fabrikam'],
    ['Aktuelles Unternehmen: Contoso GmbH. Klicken Sie, um zur Berufserfahrung zu springen', 'Contoso GmbH'],
    ['Empresa atual: Fabrikam Brasil. Clique para pular para a seção de experiência', 'Fabrikam Brasil'],
    ['当前公司：星辰科技。点击跳转至工作经历卡片', '星辰科技'],
    ['الشركة الحالية: شركة النخبة. انقر للانتقال إلى بطاقة الخبرة', 'شركة النخبة'],
    ['Current company: Acme Inc.', 'Acme Inc'],
    ['Current company: A. B. Dick Company. Press here to jump to the experience section', 'A. B. Dick Company'],
  ])('%s → %s', (label, company) => {
    expect(companyFromLabel(label)).toBe(company);
  });

  it.each(['Education: University of Michigan. Click to skip to education card', 'Message Jane Doe', '', 'Current company:'])(
    'reads no company from %j',
    (label) => {
      expect(companyFromLabel(label)).toBeUndefined();
    },
  );
});

describe('page titles and descriptions', () => {
  it('splits a dash title', () => {
    expect(parseDashTitle('Marcus Lee - Chief Financial Officer - Northwind Traders | LinkedIn')).toEqual({
      name: 'Marcus Lee',
      title: 'Chief Financial Officer',
      company: 'Northwind Traders',
    });
    expect(parseDashTitle('(3) Jane Doe | LinkedIn')).toEqual({ name: 'Jane Doe' });
    expect(parseDashTitle('')).toBeUndefined();
  });

  it('drops the tab name from a company title', () => {
    expect(companyNameFromTitle('Northwind Traders: Overview | LinkedIn')).toBe('Northwind Traders');
    expect(companyNameFromTitle('Fabrikam | LinkedIn')).toBe('Fabrikam');
  });

  it('reads the company of a control labelled "Current company" alone from its text (2022)', () => {
    const doc = domOf('<div id="a" aria-label="Current company"> Tailspin Toys </div><div id="b" aria-label="Education">Northwind State</div>');
    expect(companyFromControl(doc.getElementById('a')!)).toBe('Tailspin Toys');
    expect(companyFromControl(doc.getElementById('b')!)).toBeUndefined();
  });

  it('knows the headings of LinkedIn\'s error pages', () => {
    for (const heading of ['Page not found', 'This page doesn’t exist', "This page doesn't exist", 'This profile is not available']) {
      expect(isErrorHeading(` ${heading} `), heading).toBe(true);
    }
    expect(isErrorHeading('Page Not Found Consulting Group')).toBe(false);
  });

  it('knows badges from headlines', () => {
    for (const badge of ['2nd', '· 3rd+', '2º', '2e', '2度', '2nd degree connection', '(She/Her)']) {
      expect(isBadgeText(badge), badge).toBe(true);
    }
    for (const text of ['VP of Marketing at Acme', '10x founder at Acme', 'Writer']) {
      expect(isBadgeText(text), text).toBe(false);
    }
  });
});
