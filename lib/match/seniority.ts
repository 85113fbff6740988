/** Guessing a prospect's seniority from the title or headline they show (audience fit). */
import type { Seniority } from '../model';
import { foldWords } from './text';

/** `source` as whole words: "director" matches "Sales Director", not "Directory Services". */
function words(source: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'u');
}

/** `source` at the end of a word, for German compounds: "Vertriebsleiter", "Mitgründer". */
function wordEnding(source: string): RegExp {
  return new RegExp(`(?:${source})(?![\\p{L}\\p{N}])`, 'u');
}

type Rule = { seniority: Seniority; patterns: RegExp[] };

// Supporting roles around a senior person ("Executive Assistant to the CEO") are entry level,
// whatever words they mention.
const SUPPORT_ROLE = words('(executive |personal )?assistant (to|of)( the)?|executive assistant|asistente de direccion');

// Checked top down, so the most senior term in the text wins ("Senior Manager" → manager).
const RULES: Rule[] = [
  {
    seniority: 'owner',
    patterns: [
      words('founder|co ?founder|cofounder|founding partner|(?<!(?:product|process|service|data|system|business|account|risk|content) )owner|co ?owner|proprietor'),
      words('(co ?)?fundador(a)?|(co ?)?fondat(eur|rice)|(co ?)?fundadora?'),
      words('dueno|duena|propietari[oa]|proprietari[oa]|proprietaire|socio fundador(a)?|socia fundadora|socio proprietario'),
      wordEnding('grunder(in)?'),
      words('inhaber(in)?'),
    ],
  },
  {
    seniority: 'cxo',
    patterns: [
      words('ceo|cfo|coo|cto|cmo|cio|cro|cpo|cdo|cco|cso|chro|ciso|cxo'),
      words('chief( [a-z]+){1,3} officer|chief executive|c level|c suite'),
      words('(?<!vice )(?:president[ea]?|presidenta)|pdg|directeur general|directrice generale'),
      words('director(a)? general|director(a)? ejecutiv[oa]|diretor(a)? (geral|executiv[oa])|consejer[oa] delegad[oa]'),
      wordEnding('geschaftsfuhrer(in)?'),
      words('vorstand(svorsitzende[r]?)?'),
    ],
  },
  {
    seniority: 'vp',
    patterns: [words('vp|svp|evp|avp|v p|vice president[ea]?|vicepresident[ea]?|vizeprasident(in)?')],
  },
  {
    seniority: 'director',
    patterns: [
      words('director(a)?|directeur|directrice|diretor(a)?|direttore|direttrice|direktor(in)?|head|chief of staff'),
      wordEnding('(?<!team)(?<!gruppen)leiter(in)?'),
    ],
  },
  {
    seniority: 'manager',
    patterns: [
      words('manager|managers|management lead|lead(?! gen)|team lead|tech lead|supervisor'),
      words('gerente|gerant(e)?|jef[ea]|responsable|chef de|coordinador(a)?|coordenador(a)?|coordinat(eur|rice)'),
      wordEnding('teamleiter(in)?|gruppenleiter(in)?'),
    ],
  },
  {
    seniority: 'senior',
    patterns: [words('senior|sr|snr|principal|staff|leitende[r]?')],
  },
  {
    seniority: 'entry',
    patterns: [
      words('intern|internship|junior|jr|associate|assistant|trainee|apprentice|graduate|entry level'),
      words('becari[oa]|pasante|practicante|asistente|auxiliar|estagiari[oa]|assistente|stagiaire|alternant(e)?|werkstudent(in)?|auszubildende[r]?|azubi'),
      wordEnding('praktikant(in)?'),
    ],
  },
];

/** The seniority a title or headline suggests, or undefined when nothing in it says. */
export function inferSeniority(titleOrHeadline: string | undefined): Seniority | undefined {
  if (!titleOrHeadline) return undefined;
  const text = foldWords(titleOrHeadline);
  if (!text) return undefined;
  if (SUPPORT_ROLE.test(text)) return 'entry';
  for (const rule of RULES) {
    if (rule.patterns.some((pattern) => pattern.test(text))) return rule.seniority;
  }
  return undefined;
}
