import { useEffect, useState } from 'preact/hooks';
import type { ButtonGuard, GuardWords } from '../../../components/button-guard';
import { guardState, onGuardChange, requestAction, type GuardState } from './action-guard';

type Handler = (event: Event) => void;

function through(words: GuardWords | null, action: () => unknown): Handler {
  return (event) => {
    const button = event.currentTarget instanceof Element ? event.currentTarget : null;
    if (button) requestAction(button, words ? { sendsText: words } : 'records', () => void action());
  };
}

/**
 * For the panel's action buttons: click handlers that go through the guard (./action-guard.ts).
 * The buttons carry the attribute `data-guard` (`watched`), so their visibility is watched from
 * the moment they appear. `sendsText` (insert, share) asks `words.question` where the browser
 * cannot tell what the rep sees; `records` (copy, intro request) only needs the panel to be seen.
 */
export const GUARDED_BUTTONS: ButtonGuard = { watched: true, sendsText: through, records: (action) => through(null, action) };

/** The guard's state, live. */
export function useGuardState(): GuardState {
  const [state, setState] = useState(guardState());
  useEffect(() => onGuardChange(setState), []);
  return state;
}
