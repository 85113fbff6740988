/**
 * Gaps: the values a personalised body still needs before it may leave the panel. The rep fills
 * them in place (the panel's inline fields); until every one is filled, nothing is copied,
 * inserted or shared. A public post is never personalised to one prospect: it takes the sender's
 * values only, and a body that names the prospect cannot be posted at all.
 */
import type { Token } from '../model/vocabulary';
import { personalize, type Segment, type TokenValues } from './index';

/** Tokens that describe the prospect: never filled into a public post. */
export const PROSPECT_TOKENS: readonly Token[] = ['firstName', 'lastName', 'fullName', 'company', 'title'];

/** Tokens that describe the rep, set once in Settings. */
export const SENDER_TOKENS: readonly Token[] = ['senderName', 'senderFirstName'];

/** What the rep typed for gaps, by token name. Blank entries count as not typed. */
export type TypedValues = Readonly<Record<string, string | undefined>>;

/** The gaps' token names, each once, in the order they first appear. */
export function gapsIn(segments: readonly Segment[]): string[] {
  const names: string[] = [];
  for (const segment of segments) if (segment.kind === 'gap' && !names.includes(segment.token)) names.push(segment.token);
  return names;
}

function typedValue(typed: TypedValues, token: string): string | undefined {
  const value = typed[token]?.trim();
  return value ? value : undefined;
}

/** The gaps the rep has not filled yet. */
export function unfilledGaps(segments: readonly Segment[], typed: TypedValues): string[] {
  return gapsIn(segments).filter((token) => !typedValue(typed, token));
}

export type FinalText = { ok: true; text: string } | { ok: false; missing: string[] };

/**
 * The text that may leave the panel: every gap filled with what the rep typed. With any gap still
 * empty there is no text, only the gaps that stop it.
 */
export function finalText(segments: readonly Segment[], typed: TypedValues): FinalText {
  const missing = unfilledGaps(segments, typed);
  if (missing.length) return { ok: false, missing };
  const text = segments
    .map((segment) => (segment.kind === 'text' ? segment.text : segment.kind === 'token' ? segment.value : (typedValue(typed, segment.token) ?? '')))
    .join('');
  return { ok: true, text };
}

/** The prospect tokens a body uses (each once): such a body cannot become a public post. */
export function prospectTokensIn(body: string): Token[] {
  const found = personalize(body, {}).flatMap((segment) => (segment.kind === 'gap' ? [segment.token] : []));
  return PROSPECT_TOKENS.filter((token) => found.includes(token));
}

/** Only the sender's values: what a public post may be filled with. */
export function publicValues(values: TokenValues): TokenValues {
  const result: TokenValues = {};
  for (const token of SENDER_TOKENS) if (values[token]) result[token] = values[token];
  return result;
}
