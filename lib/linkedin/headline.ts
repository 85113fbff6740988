/** Reading a job title and company out of a free-text headline, when nothing better said them. */

import { cleanTitle } from './clean';

export interface HeadlineParts {
  title?: string;
  company?: string;
}

// Words that put a job at a company. "at", "@" and "chez" mean nothing else in a headline; the
// rest are ordinary words elsewhere ("en" is French for "in"), so they count only on a page in
// their language.
const ALWAYS = ['at', 'chez'];
const BY_LANGUAGE: Record<string, string[]> = {
  es: ['en'],
  de: ['bei'],
  pt: ['na', 'no'],
  it: ['presso'],
  nl: ['bij'],
};

// Headlines chain several claims: "VP of Marketing at Acme | B2B growth · Speaker".
const SEGMENT = /\s+[|•·⎮]\s+|\s+\/\/\s+/;
// Where a company name ends and the next claim starts: "Acme, ex-Google", "Acme (hiring!)".
const COMPANY_END =
  /\s+[-–—/(]|,\s+(?!(?:inc|llc|ltd|gmbh|corp|co|s\.?a|plc|ag|bv|nv|pty)\b\.?)|\.\s+|\s+&\s+ex\b/i;
// A company starts like a name: a capital, a digit, an uncased script, or eBay/iRobot.
const COMPANY_START = /^(?:[\p{Lu}\p{Lo}\p{N}]|\p{Ll}{1,2}\p{Lu})/u;

function separatorFor(language: string): RegExp {
  const base = language.toLowerCase().split('-')[0] ?? '';
  const words = [...ALWAYS, ...(BY_LANGUAGE[base] ?? [])];
  return new RegExp(`\\s+(?:${words.join('|')})\\s+|\\s+@\\s*`, 'i');
}

function splitSegment(segment: string, separator: RegExp): HeadlineParts {
  const match = separator.exec(segment);
  if (!match || match.index === 0) return {};
  const title = cleanTitle(segment.slice(0, match.index));
  let company = segment.slice(match.index + match[0].length);
  const end = COMPANY_END.exec(company);
  if (end && end.index > 0) company = company.slice(0, end.index);
  company = cleanTitle(company);
  if (!title || title.length > 120) return {};
  if (!company || company.length > 80 || company.split(' ').length > 8) return {};
  if (!COMPANY_START.test(company)) return {};
  return { title, company };
}

/**
 * "VP of Marketing at Acme Robotics | B2B growth" → { title: "VP of Marketing", company: "Acme Robotics" }.
 * `language` is the page's `lang` ("es", "pt-BR"); a headline with no job-at-company claim gives {}.
 */
export function splitHeadline(headline: string | null | undefined, language = 'en'): HeadlineParts {
  if (!headline) return {};
  const separator = separatorFor(language);
  for (const segment of headline.split(SEGMENT)) {
    const parts = splitSegment(segment.trim(), separator);
    if (parts.title) return parts;
  }
  return {};
}
