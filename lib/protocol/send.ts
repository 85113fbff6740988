/**
 * Sending a command, typed by the table: the reply's type follows from the command's name. The
 * answer is not checked again here: the background is our own code, it checked the request and
 * its handler is typed against the same table (./router.ts). A refusal becomes a thrown
 * `Refused`, so a caller handles failure in one place. Answers from a content script run in
 * LinkedIn's page and are untrusted: their receivers check them.
 */
import { browser } from 'wxt/browser';
import type { Refusal } from './replies';
import type { BackgroundCommand, ContentCommand, ReplyOf, RequestArgs } from './types';

/** The receiver refused the command (wrong sender, malformed), or nobody answered. */
export class Refused extends Error {
  override readonly name = 'Refused';
}

function isRefusal(answer: unknown): answer is Refusal {
  return typeof answer === 'object' && answer !== null && 'refused' in answer && typeof answer.refused === 'string';
}

function settled<T>(answer: T | Refusal | undefined, type: string): T {
  if (answer === undefined) throw new Refused(`Warmline did not answer (${type}).`);
  if (isRefusal(answer)) throw new Refused(answer.refused);
  return answer;
}

/** To the background. */
export async function send<K extends BackgroundCommand>(type: K, ...[request]: RequestArgs<K>): Promise<ReplyOf<K>> {
  const answer: ReplyOf<K> | Refusal | undefined = await browser.runtime.sendMessage({ ...request, type });
  return settled(answer, type);
}

/** To the content script in a tab (its top frame unless told). Rejects when there is none. */
export async function sendToTab<K extends ContentCommand>(
  tabId: number,
  type: K,
  ...[request]: RequestArgs<K>
): Promise<ReplyOf<K>> {
  const answer: ReplyOf<K> | Refusal | undefined = await browser.tabs.sendMessage(tabId, { ...request, type }, { frameId: 0 });
  return settled(answer, type);
}
