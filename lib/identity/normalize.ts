/** Name and company normalising for "likely" matches (docs/PACK-FORMAT.md, matching a profile). */

// Emoji and their glue. Not \p{Emoji_Component}: that class holds the digits 0-9, '#' and '*',
// and dropping digits would turn "3M" into "m".
// Alternatives, not one character class: joiners and selectors inside a class mislead readers.
const EMOJI =
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|[\u{1F1E6}-\u{1F1FF}]|[\u{E0020}-\u{E007F}]|\u200d|\ufe0e|\ufe0f|\u20e3/gu;
// Marks, and diacritic symbols such as "´" or "¨"; not diacritic letters, which some scripts use.
const MARKS = /\p{M}|(?![\p{L}\p{N}])\p{Diacritic}/gu;
// Letters that Unicode does not decompose into a base letter plus a mark.
const LETTERS: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ı: 'i' };
const UNDECOMPOSED = /[ßøłđðþæœı]/g;
const APOSTROPHES = /['’‘ʼ`´]/g;
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/g;
const HAS_WORD = /[\p{L}\p{N}]/u;

// Credentials that only count after a comma: as bare words they are also surnames ("Jack Ma").
const COMMA_CREDENTIAL =
  /,\s*(ma|ba|bs|ms|md|pe|rn|jd|ea|dc|do|mph|llm|ll\.?m\.?|m\.?d\.?|j\.?d\.?|b\.?a\.?|m\.?a\.?|m\.?s\.?|b\.?s\.?)\.?\s*$/;
// Credentials that are never names, so they go after a comma or a space: "Jane Doe MBA".
const CREDENTIAL =
  /(,\s*|\s+)(mba|emba|phd|ph\.\s?d\.?|dphil|cpa|cfa|cfp|pmp|msc|m\.sc\.?|bsc|b\.sc\.?|esq\.?|cissp|cism|cisa|shrm-cp|shrm-scp|sphr|phr|dds|frsa|acca|aca|cima|csm|cspo|itil|ccie|faicp|leed ap)\.?\s*$/;
// Pronouns people add to the name field: "Jane Doe, she/her".
const PRONOUNS = /(,\s*|\s+)(she|he|they|ze|xe)\s*\/\s*(her|hers|him|his|them|theirs|zir|xem)\s*$/;
const HONORIFIC = /^(dr|prof|mr|mrs|ms|mx|sir|dame)\.?\s+/;

// Legal suffixes dropped from company names: "Acme Robotics, Inc." → "acme robotics".
const LEGAL_SUFFIX =
  /(,?\s+)(inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|corp|corporation|co|company|plc|s\.?a\.?|s\.?a\.?s|s\.?l|s\.?r\.?l|b\.?v|n\.?v|ag|kg|oy|ab|as|a\/s|pty|pte|sarl|s\.?p\.?a|k\.?k|lp|llp|group|holdings?)\.?\s*$/;
// Left behind by "GmbH & Co. KG" once the suffixes around it are gone.
const TRAILING_JOINER = /(,?\s+)(and|&)\s*$/;
const LEADING_THE = /^the\s+/;

/** Lower case, no emoji, no diacritics, no brackets or apostrophes; keeps `.,&/-` for suffix rules. */
function fold(value: string): string {
  // "(she/her)", "(Acquired by Globex)" go, unless the brackets hold the whole name: "[A]".
  const unbracketed = value.replace(BRACKETED, ' ');
  return (HAS_WORD.test(unbracketed) ? unbracketed : value)
    .replace(EMOJI, ' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase() // again: NFKD turns "𝔸" into "A"
    .replace(UNDECOMPOSED, (letter) => LETTERS[letter] ?? letter)
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}&.,/\-\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Only letters and digits, single spaces between words. */
function words(value: string): string {
  return value.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Applies `rules` until nothing changes, never leaving the value empty. */
function stripRepeatedly(value: string, rules: readonly RegExp[]): string {
  let current = value;
  for (let previous = ''; previous !== current; ) {
    previous = current;
    for (const rule of rules) {
      const stripped = current.replace(rule, '').replace(/[\s,.]+$/, '').trim();
      if (stripped && words(stripped)) current = stripped;
    }
  }
  return current;
}

/** Runs `step` to a fixed point, so normalising a normalised value changes nothing. */
function settle(value: string, step: (value: string) => string): string {
  let current = step(value);
  for (let next = step(current); next !== current && next.length < current.length; next = step(current)) {
    current = next;
  }
  return current;
}

const NAME_RULES = [COMMA_CREDENTIAL, CREDENTIAL, PRONOUNS, HONORIFIC] as const;

function nameStep(name: string): string {
  const folded = fold(name);
  return words(stripRepeatedly(folded, NAME_RULES)) || words(folded);
}

/** "  Dr. José  Núñez-Ortiz, MBA 🚀" → "jose nunez ortiz". */
export function normalizeName(name: string | undefined): string {
  if (!name) return '';
  return settle(name, nameStep);
}

const COMPANY_RULES = [LEADING_THE, LEGAL_SUFFIX, TRAILING_JOINER] as const;

function companyStep(company: string): string {
  const folded = fold(company).replace(/\s*&\s*/g, ' and ');
  return words(stripRepeatedly(folded, COMPANY_RULES)) || words(folded);
}

/** "Acme Robotics, Inc." → "acme robotics". Never drops the whole name ("Company" stays "company"). */
export function normalizeCompany(company: string | undefined): string {
  if (!company) return '';
  return settle(company, companyStep);
}
