/** LinkedIn's words, in the UI languages Warmline has seen: ARIA labels, page titles, descriptions. */

import { cleanText, stripTitleDecor } from './clean';

// "Current company: Acme. Click to skip to experience card", as LinkedIn writes it per language.
const CURRENT_COMPANY =
  /^(?:current company|empresa actual|entreprise actuelle|aktuelles unternehmen|empresa atual|azienda attuale|huidig bedrijf|obecna firma|الشركة الحالية|当前公司|目前公司|現在の会社|현재 회사)\s*[:：]\s*/i;
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

const LOCATION_KEY = /^(?:location|ubicación|lieu|standort|localização|località|locatie|الموقع|所在地区|地域)\s*[:：]\s*/i;
const EXPERIENCE_KEY = /^(?:experience|experiencia|expérience|berufserfahrung|experiência|esperienza|ervaring|الخبرة|工作经历|職歴)\s*[:：]\s*/i;

export interface DescriptionParts {
  headline?: string;
  company?: string;
  location?: string;
}

/** The public description: "CFO at Northwind · Experience: Northwind · Location: Seattle · 500+ connections". */
export function parseDescription(value: string | null | undefined): DescriptionParts {
  const parts: DescriptionParts = {};
  cleanText(value)
    .split(/\s+·\s+/)
    .forEach((segment, index) => {
      if (LOCATION_KEY.test(segment)) parts.location = segment.replace(LOCATION_KEY, '');
      else if (EXPERIENCE_KEY.test(segment)) parts.company = segment.replace(EXPERIENCE_KEY, '');
      else if (index === 0 && !/\d/.test(segment.slice(0, 4))) parts.headline = segment;
    });
  return parts;
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

// "2nd", "· 3rd+", "2º", "2e", "2.", "2度", "2nd degree connection", "500+ connections", "She/Her".
const BADGE =
  /^[·•\s]*(?:\d+\s*(?:st|nd|rd|th|º|ª|°|e|er|ème|\.|度)?\s*\+?(?:\s+\S+){0,2}|\(?(?:she|he|they)\s*\/\s*\S+?\)?)$/i;

/** Short badges near the name heading that are not the headline. */
export function isBadgeText(value: string): boolean {
  return value.length < 2 || BADGE.test(value);
}
