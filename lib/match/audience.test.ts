/**
 * What a title keyword must and must not reach: word forms, role abbreviations and their
 * expansions, the languages LinkedIn is read in, and the company's name never read as a function.
 */
import { describe, expect, it } from 'vitest';
import type { ProfileSnapshot } from '../model';
import { contentItem, personPage } from '../../tests/support/builders';
import { suggestContent } from './suggest';
import { stemOf } from './keywords';

const NOW = new Date('2026-06-01T12:00:00Z');

type Case = [keyword: string, title: string, company?: string];

function suggested(keyword: string, profile: ProfileSnapshot) {
  return suggestContent(profile, [contentItem({ audience: { titles: [keyword] } })], NOW)[0];
}

const MUST_MATCH: Case[] = [
  // word forms
  ['finance', 'Chief Financial Officer'],
  ['financial', 'Head of Finance'],
  ['finance', 'Financing Lead'],
  ['engineer', 'VP Engineering'],
  ['engineering', 'Senior Software Engineer'],
  ['market', 'Head of Marketing'],
  ['marketing', 'Growth Marketer'],
  ['operate', 'Operations Director'],
  ['operations', 'Operational Excellence Lead'],
  ['operations', 'Head of Revenue Operations'],
  ['technologies', 'Technology Partner'],
  // abbreviations and expansions, both ways, and what a role's words say
  ['CFO', 'Chief Financial Officer'],
  ['Chief Financial Officer', 'CFO'],
  ['finance', 'CFO'],
  ['CMO', 'Chief Marketing Officer'],
  ['marketing', 'CMO'],
  ['CTO', 'Chief Technology Officer'],
  ['CRO', 'Chief Revenue Officer'],
  ['revenue', 'CRO'],
  ['COO', 'Chief Operating Officer'],
  ['operations', 'COO'],
  ['CEO', 'Founder & Chief Executive Officer'],
  ['executive', 'CEO'],
  ['VP', 'Vice President, Sales'],
  ['vice president', 'VP of Sales'],
  ['VP', 'SVP Marketing'],
  ['VP', 'EVP, Global Operations'],
  ['SVP', 'Senior Vice President'],
  ['EVP', 'Executive Vice President'],
  ['GM', 'General Manager, EMEA'],
  ['general manager', 'GM EMEA'],
  ['HR', 'Human Resources Director'],
  ['human resources', 'HR Business Partner'],
  ['HR', 'CHRO'],
  ['operations', 'Ops Lead'],
  ['business development', 'BD Manager'],
  // the languages the reader reads LinkedIn in
  ['finance', 'Directora Financiera'],
  ['finance', 'Directeur financier'],
  ['finance', 'Leiter Finanzen'],
  ['finance', 'Diretor Financeiro'],
  ['finance', 'Direttore Finanziario'],
  ['finance', 'Financieel Directeur'],
  ['finance', 'Dyrektor Finansowy'],
  ['finance', 'المدير المالي'],
  ['finance', '财务总监'],
  ['finance', '経理部長'],
  ['finance', '재무 이사'],
  ['CFO', 'Directora Financiera'],
  ['CFO', '首席财务官'],
  ['sales', 'Directora de Ventas'],
  ['sales', 'Responsable des ventes'],
  ['sales', 'Vertriebsleiterin'],
  ['finance', 'Finanzvorstand'],
  ['marketing', 'Marketingleiter'],
  ['sales', '销售总监'],
  ['engineering', 'Ingeniera de Software'],
  ['engineering', 'Ingénieur logiciel'],
  ['marketing', 'マーケティング部長'],
  ['marketing', 'مديرة التسويق'],
  ['VP', 'Vicepresidente de Ventas'],
  ['VP', 'Vice-présidente Marketing'],
  ['HR', 'Directora de Recursos Humanos'],
  ['HR', 'Responsable RH'],
  ['HR', '人力资源经理'],
  ['operations', 'Gerente de Operaciones'],
];

const MUST_NOT_MATCH: Case[] = [
  // A journalist at the Financial Times writes about finance; they do not buy for a finance team.
  // The company's name is never read as the person's function.
  ['finance', 'Journalist at Financial Times', 'Financial Times'],
  ['finance', 'Financial Times journalist', 'Financial Times Ltd'],
  ['marketing', 'Engineer at Marketing Cloud Inc', 'Marketing Cloud Inc'],
  // whole words, not parts of words or other words that start alike
  ['finance', 'Final Assembly Lead'],
  ['finance', 'Defiance Coach'],
  ['sales', 'Salesforce Administrator'],
  ['market', 'Marketplace Trust and Safety'],
  ['engineer', 'Engine Mechanic'],
  ['operations', 'Cooperation Lead'],
  ['HR', 'Chrome Extension Developer'],
  ['GM', 'GMP Quality Specialist'],
  // a role is not its function, nor another role
  ['CFO', 'Finance Manager'],
  ['Chief Financial Officer', 'Head of Finance'],
  ['VP', 'President'],
  ['CTO', 'CEO'],
  ['SVP', 'VP Sales'],
];

describe('title keywords', () => {
  it.each(MUST_MATCH)("'%s' fits %j", (keyword, title, company) => {
    const suggestion = suggested(keyword, personPage({ title, headline: undefined, company }));
    expect(suggestion?.reasons).toEqual([`Title: ${title} matches '${keyword}'`]);
  });

  it.each(MUST_NOT_MATCH)("'%s' does not fit %j", (keyword, title, company) => {
    expect(suggested(keyword, personPage({ title, headline: title, company }))).toBeUndefined();
  });

  it('names the headline when the keyword is only there', () => {
    const profile = personPage({ title: 'VP Finance', headline: 'VP Finance at Northwind Traders | FP&A, treasury and fundraising', company: 'Northwind Traders' });
    expect(suggested('treasury', profile)?.reasons).toEqual(["Headline: VP Finance at Northwind Traders | FP&A, treasury and fundraising matches 'treasury'"]);
    expect(suggested('finance', profile)?.reasons).toEqual(["Title: VP Finance matches 'finance'"]);
  });

  it('stems English word forms to one stem, and leaves short words whole', () => {
    expect(['finance', 'financial', 'finances', 'financing'].map(stemOf)).toEqual(['financ', 'financ', 'financ', 'financ']);
    expect(['operate', 'operations', 'operating', 'operational'].map(stemOf)).toEqual(['operat', 'operat', 'operat', 'operat']);
    expect(['sales', 'ops', 'business', 'analysis', 'status'].map(stemOf)).toEqual(['sales', 'ops', 'business', 'analysis', 'status']);
  });
});
