/** Text folding for keyword matching: case, diacritics and punctuation do not matter. */

const PLAIN_ASCII = /^[\x20-\x7e]*$/;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

/** "Co-Fundadora & Directora, Núñez S.A." → "co fundadora directora nunez s a". */
export function foldWords(text: string | undefined): string {
  if (!text) return '';
  // Most keywords are plain ASCII: skip the costly Unicode decomposition for them.
  if (PLAIN_ASCII.test(text)) return text.toLowerCase().replace(ASCII_SEPARATORS, ' ').trim();
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
