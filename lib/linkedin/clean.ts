/** Cleaning what LinkedIn shows into names and titles fit to greet someone with. */

// Zero-width and bidi control characters, soft hyphen: invisible, but they break comparisons.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// Emoji and their glue (ZWJ, variation selectors, skin tones, flags, keycaps). Not \p{Emoji_Component}:
// that class also holds the ASCII digits, '#' and '*'.
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\p{Regional_Indicator}]|\u200d|\ufe0e|\ufe0f|\u20e3/gu;
// "(3) " or "(99+) " unread counts LinkedIn puts in front of the page title.
const COUNT_PREFIX = /^\s*\(\s*\d+\+?\s*\)\s*/;
// " | LinkedIn" (and the Chinese brand "领英") at the end of a page title.
const BRAND_SUFFIX = /\s*[|\-–—·]\s*(linkedin|领英)\s*$/i;
// Credentials written after a comma: ", MBA", ", PhD, CFA".
const CREDENTIALS =
  'MBA|PhD|Ph\\.D\\.?|MD|M\\.D\\.|CPA|CFA|PMP|MSc|M\\.Sc\\.?|BSc|MA|BA|MS|BS|JD|Esq\\.?|CISSP|SHRM-CP|SPHR|PE|RN|MPH|LLM|ACCA|CIMA|CSM|CSPO|FRSA';
const CREDENTIAL_AFTER_COMMA = new RegExp(`,\\s*(?:${CREDENTIALS})\\.?\\s*$`, 'i');
// Without a comma only credentials no surname shares: "Wei MA" is Ma Wei, not a master's degree.
const CREDENTIAL_AFTER_SPACE = /\s+(?:MBA|PhD|CPA|CFA|PMP|CISSP|MPH|ACCA|CIMA|CSPO|FRSA|SPHR)\s*$/;
// Any short token with two capitals after a comma reads as a credential too (", CSCP", ", FCCA").
const ACRONYM_AFTER_COMMA = /,\s*(?=[A-Za-z.&-]{2,9}\s*$)(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z.&-]+\s*$/;
// Generational suffixes are part of the name, not credentials.
const GENERATIONAL = /,\s*(?:jr|sr|ii|iii|iv)\.?\s*$/i;
const PRONOUNS = /\s*[([]\s*(?:she|he|they|ela|ele|elle|il|sie|er|ella|él)\s*\/\s*\S+?\s*[)\]]\s*$/i;

/** Invisible characters out, whitespace collapsed, trimmed. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return value.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** "(3) Jane Doe | LinkedIn" → "Jane Doe". Leaves the rest of the title alone. */
export function stripTitleDecor(value: string | null | undefined): string {
  return cleanText(value).replace(COUNT_PREFIX, '').replace(BRAND_SUFFIX, '').trim();
}

export function stripEmoji(value: string): string {
  return value.replace(EMOJI, ' ').replace(/\s+/g, ' ').trim();
}

/** "(12) 🚀 Priya Raman, MBA | LinkedIn" → "Priya Raman". Readable, unlike normalizeName. */
export function cleanName(value: string | null | undefined): string {
  let name = stripEmoji(stripTitleDecor(value)).replace(PRONOUNS, '');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    if (GENERATIONAL.test(name)) break;
    name = name
      .replace(CREDENTIAL_AFTER_COMMA, '')
      .replace(ACRONYM_AFTER_COMMA, '')
      .replace(CREDENTIAL_AFTER_SPACE, '')
      .trim();
  }
  return name.replace(/^[\s,;|·•\-–—]+|[\s,;|·•\-–—]+$/g, '').trim();
}

/** A job title, headline part or company: invisible characters and emoji out, edges tidied. */
export function cleanTitle(value: string | null | undefined): string {
  return stripEmoji(cleanText(value))
    .replace(/^[\s,;|·•\-–—:]+|[\s,;|·•\-–—:]+$/g, '')
    .trim();
}

export interface NameParts {
  firstName?: string;
  lastName?: string;
}

// Han, kana and Hangul: names written family name first, often with no space at all.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame|ing|dipl)\.?$/i;
// Arabic names where the first word cannot stand alone: "عبد الله" (Abdullah), "أبو بكر".
const ARABIC_BOUND_PREFIX = /^(?:عبد|أبو|ابو|abd|abdel|abdul|abu)$/i;

/**
 * "Jane van der Berg" → Jane / van der Berg; "Madonna" → Madonna; "山田 太郎" → 太郎 / 山田.
 * An unspaced CJK name ("王小明") is not split: guessing where the family name ends goes wrong
 * for Japanese and compound surnames, and the full name is the polite greeting in both.
 */
export function splitName(fullName: string | null | undefined): NameParts {
  const words = cleanName(fullName).split(' ').filter(Boolean);
  if (words.length === 0) return {};
  if (CJK.test(words[0] ?? '')) {
    if (words.length === 1) return { firstName: words[0] };
    return { firstName: words.slice(1).join(' '), lastName: words[0] };
  }
  while (words.length > 1 && HONORIFIC.test(words[0] ?? '')) words.shift();
  let firstCount = 1;
  if (words.length >= 2 && ARABIC_BOUND_PREFIX.test(words[0] ?? '')) firstCount = 2;
  const firstName = words.slice(0, firstCount).join(' ');
  const lastName = words.slice(firstCount).join(' ');
  return lastName ? { firstName, lastName } : { firstName };
}
