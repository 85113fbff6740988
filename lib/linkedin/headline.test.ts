import { describe, expect, it } from 'vitest';
import { splitHeadline } from './headline';

describe('splitHeadline', () => {
  it.each([
    ['VP of Marketing at Acme Robotics | B2B growth, brand and demand', 'en', 'VP of Marketing', 'Acme Robotics'],
    ['Growth Lead @ Tailspin Toys ✨ | ex-Contoso', 'en', 'Growth Lead', 'Tailspin Toys'],
    ['Engineer @Contoso', 'en', 'Engineer', 'Contoso'],
    ['Director of Product at Acme, ex-Google', 'en', 'Director of Product', 'Acme'],
    ['CEO at Acme, Inc.', 'en', 'CEO', 'Acme, Inc.'],
    ['Speaker · Head of Growth at eBay', 'en', 'Head of Growth', 'eBay'],
    ['Directora de Ventas en Contoso Ibérica | SaaS B2B', 'es', 'Directora de Ventas', 'Contoso Ibérica'],
    ['Ingénieure logiciel chez Fabrikam', 'fr', 'Ingénieure logiciel', 'Fabrikam'],
    ['Vertriebsleiter bei Contoso GmbH', 'de-DE', 'Vertriebsleiter', 'Contoso GmbH'],
    ['Gerente de Vendas na Fabrikam Brasil', 'pt-BR', 'Gerente de Vendas', 'Fabrikam Brasil'],
  ])('%s (%s)', (headline, language, title, company) => {
    expect(splitHeadline(headline, language)).toEqual({ title, company });
  });

  it.each([
    ['Helping founders tell better stories · Writer · Speaker', 'en'],
    ['Helping teams at scale', 'en'], // "scale" is not a company
    ['Consultant en stratégie', 'fr'], // French "en" is "in", not "at"
    ['Directora de Ventas en Contoso Ibérica', 'en'], // "en" only counts on a Spanish page
    ['jane@acme.com', 'en'],
    ['', 'en'],
  ])('finds no job in %s (%s)', (headline, language) => {
    expect(splitHeadline(headline, language)).toEqual({});
  });
});
