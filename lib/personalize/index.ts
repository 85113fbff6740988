/** Filling a library body's tokens for one prospect, with unknown values marked, never blank. */
import type { ProfileSnapshot } from '../model/profile';
import { TOKENS, type Token } from '../model/vocabulary';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'token'; token: Token; value: string }
  | { kind: 'gap'; token: string };

export type TokenValues = Partial<Record<Token, string | undefined>>;

// Same shape the import checks (lib/model/content.ts): `{{name}}`, spaces inside allowed.
const TOKEN_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KNOWN_TOKENS: ReadonlySet<string> = new Set(TOKENS);

function isToken(name: string): name is Token {
  return KNOWN_TOKENS.has(name);
}

/**
 * The body as text and tokens, in order; the text between tokens is kept exactly. A token whose
 * value is missing or blank is a gap, and so is a name that is not a token at all (the import
 * refuses those, but a body from elsewhere might carry one).
 */
export function personalize(body: string, values: TokenValues): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of body.matchAll(TOKEN_PATTERN)) {
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: body.slice(last, start) });
    const name = match[1] ?? '';
    const value = isToken(name) ? values[name]?.trim() : undefined;
    segments.push(value && isToken(name) ? { kind: 'token', token: name, value } : { kind: 'gap', token: name });
    last = start + match[0].length;
  }
  if (last < body.length) segments.push({ kind: 'text', text: body.slice(last) });
  return segments;
}

const EMOJI = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0e|\ufe0f|\u20e3/gu;
const HONORIFIC = /^(dr|prof|mr|mrs|ms|mx)\.?$/i;

/**
 * The name as a person would write it in a greeting: no emoji, no "(she/her)", nothing after a
 * comma (", MBA"), case and accents kept: "José Núñez, MBA 🚀" → "José Núñez".
 */
function displayName(raw: string | undefined): string {
  if (!raw) return '';
  return (raw.replace(EMOJI, ' ').replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ').split(',')[0] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

function nameParts(name: string): string[] {
  const parts = name.split(' ').filter(Boolean);
  return parts.length > 1 && HONORIFIC.test(parts[0] ?? '') ? parts.slice(1) : parts;
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Token values for a prospect and the rep; what is not known is left out, so it shows as a gap. */
export function valuesFor(profile: ProfileSnapshot | null, settings: { name: string }): TokenValues {
  const values: TokenValues = {};
  const sender = displayName(settings.name);
  if (sender) {
    values.senderName = sender;
    values.senderFirstName = nameParts(sender)[0];
  }
  if (!profile) return values;

  if (profile.kind === 'company') {
    values.company = present(profile.fullName) ?? present(profile.company);
    return withoutBlanks(values);
  }

  const fullName = displayName(profile.fullName);
  const parts = nameParts(fullName);
  values.fullName = present(fullName);
  values.firstName = present(displayName(profile.firstName)) ?? parts[0];
  values.lastName = present(displayName(profile.lastName)) ?? (parts.length > 1 ? parts[parts.length - 1] : undefined);
  values.company = present(profile.company);
  values.title = present(profile.title) ?? present(profile.headline);
  return withoutBlanks(values);
}

function withoutBlanks(values: TokenValues): TokenValues {
  const result: TokenValues = {};
  for (const token of TOKENS) {
    const value = values[token];
    if (value) result[token] = value;
  }
  return result;
}
