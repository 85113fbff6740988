/**
 * The panel's defence against clickjacking (issue 15, finding 3; docs/THREAT-MODEL.md). The panel
 * sits in LinkedIn's page, which can restyle, move or cover it so that a click meant for the page
 * lands on one of its buttons. So an action runs only:
 *
 * - where the browser can tell (Chromium, IntersectionObserver v2: ./visibility.ts), when the
 *   button clicked had been visible, unobscured and opaque for a moment; one on a button that only
 *   just came into view asks first; a click while the panel is covered, see-through or distorted
 *   holds the panel instead. As Chromium judges the panel's frame as a whole, LinkedIn's own
 *   message window over a corner of it counts too: once the person has confirmed, actions run
 *   while that stays as it is, and the next change to the panel's visibility asks again;
 * - where it cannot (Firefox), an action that sends text to the page (insert, share) after a
 *   second, deliberate confirmation in the panel, away from the button, after a pause;
 * - and never while the content script has said the page restyled, moved or covered the panel's
 *   host (a notice): then every action is held until the person confirms in the panel.
 *
 * Plain TypeScript, with a tiny store the prompt (./GuardPrompt.tsx) renders.
 */
import type { HostProblem } from '../../../lib/model/vocabulary';
import { onNotice } from '../notices';
import { trackVisibility, visibilityTrackingSupported, type VisibilityTracker } from './visibility';

type Words = { question: string; answer: string };

/**
 * `sendsText`: text leaves the panel for the page or LinkedIn (insert, share), with the words of
 * its confirmation; `records`: an activity is recorded (copy, intro request).
 */
export type GuardKind = { sendsText: Words } | 'records';

/** What a recording action asks, when it must ask (it only just came into view). */
const CARRY_ON: Words = { question: 'That button had only just come into view. Go ahead with it?', answer: 'Yes, go ahead' };

/** Why the panel's actions are held. */
export type HoldReason = HostProblem | 'hidden';

export type GuardState = {
  held: HoldReason | null;
  /** An action waiting for its confirmation (where visibility cannot be tracked). */
  pending: { question: string; answer: string; run: () => void } | null;
  /** When the prompt appeared (performance.now()): its button waits a moment before it counts. */
  promptedAt: number;
};

/** The prompt's button does nothing for this long after it appears: a second click of a double-click cannot reach it. */
export const CONFIRM_DELAY_MS = 700;

let state: GuardState = { held: null, pending: null, promptedAt: 0 };
/** The person confirmed the panel while it was obscured; until it is seen unobscured again. */
let obscuredAcknowledged = false;
const listeners = new Set<(state: GuardState) => void>();
let tracker: VisibilityTracker | null = null;
let started = false;

function set(next: Partial<GuardState>): void {
  state = { ...state, ...next };
  for (const listener of Array.from(listeners)) listener(state);
}

function hold(reason: HoldReason): void {
  set({ held: reason, pending: null, promptedAt: performance.now() });
}

/** Starts watching the panel's buttons and the background's notices about the host. Once per panel. */
export function startActionGuard(root: Element): void {
  if (started) return;
  started = true;
  if (visibilityTrackingSupported()) {
    tracker = trackVisibility(root);
    tracker.onSeenAgain(() => {
      obscuredAcknowledged = false;
    });
  }
  onNotice((notice) => {
    if (notice.notice === 'host-changed') hold(notice.problem);
  });
}

export function guardState(): GuardState {
  return state;
}

export function onGuardChange(listener: (state: GuardState) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The panel's answer to a click on a guarded button. */
export function requestAction(button: Element, kind: GuardKind, run: () => void): void {
  if (state.held) return;
  const ask = (words: Words) => set({ pending: { ...words, run }, promptedAt: performance.now() });
  if (tracker) {
    const sighting = tracker.sighting(button);
    if (sighting === 'seen' || (sighting === 'obscured' && obscuredAcknowledged)) run();
    // Clicked while covered or see-through: perhaps not the person aiming at it.
    else if (sighting === 'obscured') hold('hidden');
    else ask(kind === 'records' ? CARRY_ON : kind.sendsText);
    return;
  }
  if (kind === 'records') run();
  else ask(kind.sendsText);
}

/**
 * The prompt's own button may count: it has waited its moment, and (where the browser can tell)
 * has been on screen that long (seen, or in a panel the page covers in part: the prompt is about
 * exactly that).
 */
export function promptReady(button: Element | null, now = performance.now()): boolean {
  if (now - state.promptedAt < CONFIRM_DELAY_MS) return false;
  return !tracker || (button !== null && tracker.sighting(button) !== 'unsure');
}

/** The person confirmed, in the panel, that the page looks as it should. */
export function resume(button: Element | null, now = performance.now()): void {
  if (!state.held || !promptReady(button, now)) return;
  // Confirmed while covered: the cover is accepted as it is (until the panel is seen whole again).
  if (state.held === 'hidden' || state.held === 'covered') obscuredAcknowledged = true;
  set({ held: null });
}

/** The person confirmed the waiting action. */
export function confirmPending(button: Element | null, now = performance.now()): void {
  const pending = state.pending;
  if (!pending || state.held || !promptReady(button, now)) return;
  set({ pending: null });
  pending.run();
}

export function cancelPending(): void {
  set({ pending: null });
}

/** Tests: forget everything. */
export function resetActionGuardForTests(): void {
  tracker?.stop();
  tracker = null;
  started = false;
  obscuredAcknowledged = false;
  state = { held: null, pending: null, promptedAt: 0 };
  listeners.clear();
}
