/**
 * Audience keywords matched as a marketer means them: as whole words in their common forms
 * ("finance" fits "Financial", "engineer" fits "Engineering"), with role abbreviations and their
 * expansions ("CFO" fits "Chief Financial Officer", and "finance" fits a "CFO"), and the same
 * function in the languages the reader reads LinkedIn in (lib/match/synonyms.ts).
 */
import { FUNCTIONS, ROLES, type SynonymGroup } from './synonyms';
import { foldWords } from './text';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** A stem shorter than this is no stem: "sales" stays "sales", so it never meets "salary". */
const MIN_STEM = 4;
/** The letters a `*` stem may take: "financ*" + "iero", "market*" + "ing" (not "place"). */
const MAX_ENDING = 4;
const ENDING = /(?:ational|ation|ing|ial)$/;

/** English word forms to one stem: "operations", "operating", "operate" → "operat"; "financial", "finance" → "financ". */
export function stemOf(word: string): string {
  if (!/^[a-z]+$/.test(word)) return word;
  const stem = word
    .replace(/ies$/, 'y')
    .replace(/(?<![siu])s$/, '')
    .replace(ENDING, (ending) => (ending.startsWith('at') ? 'at' : ''))
    .replace(/e$/, '');
  return stem.length >= MIN_STEM ? stem : word;
}

type Token = { word: string; stem: string };
type Form = { stem: string; kind: 'stem' | 'prefix' | 'head' | 'cjk' };
type Phrase = readonly Form[];

function tokensOf(words: readonly string[]): Token[] {
  return words.map((word) => ({ word, stem: stemOf(word) }));
}

/** A word of a synonym phrase, folded as the text it is looked for in (`*`, `+`: see synonyms.ts). */
function formOf(word: string): Form {
  const folded = foldWords(word).replace(/ /g, '');
  if (word.endsWith('*')) return { stem: folded, kind: 'prefix' };
  if (word.endsWith('+')) return { stem: folded, kind: 'head' };
  return CJK.test(folded) ? { stem: folded, kind: 'cjk' } : { stem: stemOf(folded), kind: 'stem' };
}

function formMatches(form: Form, token: Token): boolean {
  if (form.kind === 'cjk') return token.word.includes(form.stem); // no spaces between words
  if (form.kind === 'stem') return token.stem === form.stem;
  if (form.kind === 'head') return token.word.startsWith(form.stem); // a German compound: "Vertriebsleiterin"
  return token.word.startsWith(form.stem) && token.word.length - form.stem.length <= MAX_ENDING;
}

function phraseAt(phrase: Phrase, tokens: readonly Token[], start: number): boolean {
  return phrase.every((form, index) => {
    const token = tokens[start + index];
    return token !== undefined && formMatches(form, token);
  });
}

function phraseIn(phrase: Phrase, segments: readonly (readonly Token[])[]): boolean {
  return segments.some((tokens) => tokens.some((_, start) => phraseAt(phrase, tokens, start)));
}

type CompiledGroup = { group: SynonymGroup; phrases: Phrase[]; means?: Token[] };

const compileGroup = (group: SynonymGroup): CompiledGroup => ({
  group,
  phrases: group.phrases.map((phrase) => phrase.split(' ').map(formOf)),
  ...(group.means && { means: tokensOf(group.means.split(' ')) }),
});

// Roles first, so that a "CFO" also has the words "chief financial officer" when functions are
// looked for; SVP and EVP come before VP, so their "vice president" finds the VP too.
const GROUPS: readonly CompiledGroup[] = [...ROLES.map(compileGroup), ...FUNCTIONS.map(compileGroup)];

/** A prospect's title, headline or industry, ready to be matched against many keywords. */
export type MatchText = { text: string; segments: Token[][]; groups: ReadonlySet<SynonymGroup> };

/** `words` cut wherever one of `cut` (folded phrases) occurs: "journalist at financial times" less "financial times". */
function segmentsWithout(words: readonly string[], cut: readonly (readonly string[])[]): string[][] {
  const segments: string[][] = [[]];
  for (let index = 0; index < words.length; ) {
    const hit = cut.find((phrase) => phrase.length > 0 && phrase.every((word, offset) => words[index + offset] === word));
    if (hit) {
      segments.push([]);
      index += hit.length;
    } else {
      segments[segments.length - 1]?.push(words[index] as string);
      index += 1;
    }
  }
  return segments.filter((segment) => segment.length > 0);
}

/**
 * The text as keywords see it. `without`: names whose words are not the person's function (their
 * company: a "Financial Times" journalist does not work in finance).
 */
export function matchText(text: string | undefined, without: readonly (string | undefined)[] = []): MatchText {
  const cut = without.map((name) => foldWords(name).split(' ').filter(Boolean));
  const segments = segmentsWithout(foldWords(text).split(' ').filter(Boolean), cut).map(tokensOf);
  const groups = new Set<SynonymGroup>();
  for (const { group, phrases, means } of GROUPS) {
    if (!phrases.some((phrase) => phraseIn(phrase, segments))) continue;
    groups.add(group);
    if (means) segments.push(means);
  }
  return { text: text?.trim() ?? '', segments, groups };
}

/** An audience keyword, compiled once: its own words, and the meanings it is one of the phrases for. */
export type Keyword = { raw: string; phrase: Phrase; groups: readonly SynonymGroup[] };

export function compileKeyword(raw: string): Keyword | undefined {
  const words = foldWords(raw).split(' ').filter(Boolean);
  if (words.length === 0) return undefined;
  const tokens = tokensOf(words);
  const phrase = words.map(formOf);
  // A keyword is one of a group's phrases when it is that phrase, whole: "CFO", "financial".
  const groups = GROUPS.filter(({ phrases }) => phrases.some((candidate) => candidate.length === tokens.length && phraseAt(candidate, tokens, 0)));
  return { raw: raw.trim(), phrase, groups: groups.map(({ group }) => group) };
}

/** Whether the text has the keyword's words (in any of their forms) or one of its meanings. */
export function keywordIn(keyword: Keyword, text: MatchText): boolean {
  return phraseIn(keyword.phrase, text.segments) || keyword.groups.some((group) => text.groups.has(group));
}
