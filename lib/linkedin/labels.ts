/** LinkedIn's words, in the UI languages Warmline has seen: ARIA labels, page titles, descriptions. */

import { cleanText, stripTitleDecor } from './clean';

// "Current company", as LinkedIn writes it per language: alone (2022) or before the name (2024-25).
const CURRENT_COMPANY_WORDS =
  '(?:current company|empresa actual|entreprise actuelle|aktuelles unternehmen|empresa atual|azienda attuale|huidig bedrijf|obecna firma|الشركة الحالية|当前公司|目前公司|現在の会社|현재 회사)';
const CURRENT_COMPANY = new RegExp(`^${CURRENT_COMPANY_WORDS}\\s*[:：]\\s*`, 'i');
const CURRENT_COMPANY_ALONE = new RegExp(`^${CURRENT_COMPANY_WORDS}\\s*[:：]?$`, 'i');
// The sentence LinkedIn appends telling screen-reader users where the button goes.
const SKIP_SENTENCE =
  /[.。]\s*(?:click|haz clic|haga clic|cliquez|klicken|clique|fai clic|klik|kliknij|انقر|اضغط|点击|點擊|クリック|클릭)[\s\S]*$/i;
// A last sentence of four words or more is not part of a company name either (untranslated UIs).
const LAST_SENTENCE = /[.。]\s*(?=[^.。]*$)(?=(?:\S+\s+){3,}\S+[^.。]*$)/;

/** "Entreprise actuelle : Acme. Cliquez pour…" → "Acme"; a label about something else → undefined. */
export function companyFromLabel(label: string | null | undefined): string | undefined {
  const text = cleanText(label);
  const prefix = CURRENT_COMPANY.exec(text);
  if (!prefix) return undefined;
  let rest = text.slice(prefix[0].length).replace(SKIP_SENTENCE, '');
  const last = LAST_SENTENCE.exec(rest);
  if (last) rest = rest.slice(0, last.index);
  return rest.replace(/[.。]+$/, '').trim() || undefined;
}

/**
 * The current company a labelled control names: from its label ("Current company: Acme. Click
 * to skip…"), or its own text when the label is just "Current company" (2022). Else undefined.
 */
export function companyFromControl(element: Element): string | undefined {
  const label = element.getAttribute('aria-label');
  if (CURRENT_COMPANY_ALONE.test(cleanText(label))) return cleanText(element.textContent) || undefined;
  return companyFromLabel(label);
}

export interface TitleParts {
  name: string;
  title?: string;
  company?: string;
}

/** "Marcus Lee - Chief Financial Officer - Northwind Traders | LinkedIn" → name, title, company. */
export function parseDashTitle(value: string | null | undefined): TitleParts | undefined {
  const parts = stripTitleDecor(value).split(/\s+[-–—]\s+/);
  const name = parts[0]?.trim();
  if (!name) return undefined;
  if (parts.length < 3) return { name };
  return { name, title: parts[1], company: parts.slice(2).join(' - ') };
}

/** "Northwind Traders: Overview | LinkedIn" → "Northwind Traders" (the tab name is dropped). */
export function companyNameFromTitle(value: string | null | undefined): string | undefined {
  const title = stripTitleDecor(value).replace(/\s*[:：]\s*[^:：]{1,40}$/, '');
  return title || undefined;
}

const INDUSTRY_TERM =
  /^(?:industry|industria|sector|secteur|branche|setor|settore|sektor|industrie|الصناعة|المجال|行业|業種|업계)$/i;

/** Whether a `<dt>` text names the industry row of a company's About overview. */
export function isIndustryTerm(value: string | null | undefined): boolean {
  return INDUSTRY_TERM.test(cleanText(value).replace(/[:：]$/, ''));
}

// What LinkedIn shows instead of a name when it will not show one.
const PLACEHOLDER_NAME =
  /^(?:linkedin member|miembro de linkedin|membre de linkedin|linkedin-mitglied|membro do linkedin|membro di linkedin)$/i;

export function isPlaceholderName(value: string): boolean {
  return PLACEHOLDER_NAME.test(value);
}

// Headings of LinkedIn's error pages where a name would be (English only: the error cards'
// classes, lib/linkedin/no-prospect.ts, cover the other languages).
const ERROR_HEADING = /^(?:page not found|profile not found|this page doesn[’']t exist|this profile is not available)$/i;

export function isErrorHeading(value: string | null | undefined): boolean {
  return ERROR_HEADING.test(cleanText(value));
}

// "2nd", "· 3rd+", "2º", "2e", "2.", "2度", "2nd degree connection", "500+ connections", "She/Her".
const BADGE =
  /^[·•\s]*(?:\d+\s*(?:st|nd|rd|th|º|ª|°|e|er|ème|\.|度)?\s*\+?(?:\s+\S+){0,2}|\(?(?:she|he|they)\s*\/\s*\S+?\)?)$/i;

/** Short badges near the name heading that are not the headline. */
export function isBadgeText(value: string): boolean {
  return value.length < 2 || BADGE.test(value);
}
