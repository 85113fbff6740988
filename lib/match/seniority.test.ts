import { describe, expect, it } from 'vitest';
import type { Seniority } from '../model';
import { inferSeniority } from './seniority';

const TABLE: Array<[string, Seniority | undefined]> = [
  // owner
  ['Founder', 'owner'],
  ['Co-founder & CEO', 'owner'],
  ['Cofounder at Acme', 'owner'],
  ['Owner, Doe Plumbing', 'owner'],
  ['Fundadora y CEO', 'owner'],
  ['Cofundador', 'owner'],
  ['Fondatrice', 'owner'],
  ['Mitgründer & Geschäftsführer', 'owner'],
  ['Inhaber', 'owner'],
  ['Sócio-fundador', 'owner'],
  ['Propietario', 'owner'],
  // cxo
  ['CEO', 'cxo'],
  ['CFO at Globex', 'cxo'],
  ['Chief Marketing Officer', 'cxo'],
  ['Chief Information Security Officer', 'cxo'],
  ['President', 'cxo'],
  ['Presidente', 'cxo'],
  ['PDG', 'cxo'],
  ['Directeur Général', 'cxo'],
  ['Director General', 'cxo'],
  ['Geschäftsführerin', 'cxo'],
  ['Diretora Executiva', 'cxo'],
  // vp
  ['VP Marketing', 'vp'],
  ['Vice President, Sales', 'vp'],
  ['Vice-President of Engineering', 'vp'],
  ['SVP Operations', 'vp'],
  ['EVP & General Counsel', 'vp'],
  ['Vicepresidente de Ventas', 'vp'],
  ['Vice-présidente Marketing', 'vp'],
  ['Vizepräsident Vertrieb', 'vp'],
  // director
  ['Director of Sales', 'director'],
  ['Senior Director, Product', 'director'],
  ['Head of Growth', 'director'],
  ['Directora Comercial', 'director'],
  ['Directeur Marketing', 'director'],
  ['Diretor de Vendas', 'director'],
  ['Vertriebsleiter', 'director'],
  ['Associate Director', 'director'],
  // manager
  ['Marketing Manager', 'manager'],
  ['Senior Manager, Demand Gen', 'manager'],
  ['Team Lead', 'manager'],
  ['Gerente de Marketing', 'manager'],
  ['Jefe de Ventas', 'manager'],
  ['Responsable Commercial', 'manager'],
  ['Chef de projet', 'manager'],
  ['Teamleiterin Support', 'manager'],
  ['Coordenadora de Projetos', 'manager'],
  // senior
  ['Senior Software Engineer', 'senior'],
  ['Sr. Account Executive', 'senior'],
  ['Principal Engineer', 'senior'],
  ['Staff Engineer', 'senior'],
  ['Ingeniero Sénior', 'senior'],
  // entry
  ['Marketing Intern', 'entry'],
  ['Junior Developer', 'entry'],
  ['Associate Consultant', 'entry'],
  ['Sales Assistant', 'entry'],
  ['Executive Assistant to the CEO', 'entry'],
  ['Becario de Marketing', 'entry'],
  ['Stagiaire', 'entry'],
  ['Estagiária', 'entry'],
  ['Werkstudent', 'entry'],
  ['Marketingpraktikantin', 'entry'],
  // nothing to go on, or a near miss
  ['Software Engineer', undefined],
  ['Directory Services Engineer', undefined],
  ['Product Owner', undefined],
  ['Lead Generation Specialist', undefined],
  ['Headhunter', undefined],
  ['Vice Presidential Historian', undefined],
  ['', undefined],
];

describe('inferSeniority', () => {
  it.each(TABLE)('%s → %s', (title, expected) => {
    expect(inferSeniority(title)).toBe(expected);
  });

  it('is undefined for nothing', () => {
    expect(inferSeniority(undefined)).toBeUndefined();
    expect(inferSeniority('  🚀 ')).toBeUndefined();
  });

  it('reads a headline with several roles by its most senior term', () => {
    expect(inferSeniority('Senior PM | Ex-Google | Head of Product at Acme')).toBe('director');
  });
});
