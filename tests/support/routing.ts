/**
 * Driving the background's router in unit tests (WXT's fake browser, fake-indexeddb): the senders
 * each context looks like, and a command's answer as its reply type.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Refusal } from '../../lib/protocol/replies';
import type { Sender } from '../../lib/protocol/router';
import type { BackgroundCommand, ReplyOf, RequestArgs } from '../../lib/protocol/types';
import { route } from '../../lib/background/router';

const ID = fakeBrowser.runtime.id;
const LINKEDIN_TAB = { id: 7, url: 'https://www.linkedin.com/in/jane-doe/' };

export const SENDERS = {
  contentScript: { id: ID, tab: LINKEDIN_TAB, url: LINKEDIN_TAB.url, frameId: 0 },
  /** The panel: an extension page framed inside the LinkedIn tab. */
  panel: { id: ID, tab: LINKEDIN_TAB, url: `chrome-extension://${ID}/panel.html`, frameId: 3 },
  optionsPage: { id: ID, url: `chrome-extension://${ID}/options.html` },
  /** The side panel: a top-level extension page (no tab: the browser's side panel is not one). */
  sidePanel: { id: ID, url: `chrome-extension://${ID}/sidepanel.html` },
} satisfies Record<string, Sender>;

function isRefusal(answer: unknown): answer is Refusal {
  return typeof answer === 'object' && answer !== null && 'refused' in answer;
}

/** Trusts the router's answer to be the command's reply: what the router's types promise. */
function isReply<K extends BackgroundCommand>(_type: K, answer: unknown): answer is ReplyOf<K> {
  return answer !== undefined && !isRefusal(answer);
}

/** Sends a command through the real router; a refusal fails the test with its reason. */
export async function ask<K extends BackgroundCommand>(sender: Sender, type: K, ...[request]: RequestArgs<K>): Promise<ReplyOf<K>> {
  const answer = await route({ ...request, type }, sender);
  if (!isReply(type, answer)) throw new Error(`${type} was refused: ${JSON.stringify(answer)}`);
  return answer;
}
