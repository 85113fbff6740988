import { useEffect, useState } from 'preact/hooks';
import { guardState, onGuardChange, requestAction, type GuardState } from './action-guard';

type Words = { question: string; answer: string };
type Handler = (event: Event) => void;

function through(words: Words | null, action: () => unknown): Handler {
  return (event) => {
    const button = event.currentTarget instanceof Element ? event.currentTarget : null;
    if (button) requestAction(button, words ? { sendsText: words } : 'records', () => void action());
  };
}

/**
 * For the panel's action buttons: click handlers that go through the guard (./action-guard.ts).
 * The button also needs the attribute `data-guard`, so its visibility is watched from the moment
 * it appears. `sendsText` (insert, share) asks `words.question` where the browser cannot tell
 * what the rep sees; `records` (copy, intro request) only needs the panel to be seen.
 */
export function useGuardedAction(): { sendsText(words: Words, action: () => unknown): Handler; records(action: () => unknown): Handler } {
  return { sendsText: through, records: (action) => through(null, action) };
}

/** The guard's state, live. */
export function useGuardState(): GuardState {
  const [state, setState] = useState(guardState());
  useEffect(() => onGuardChange(setState), []);
  return state;
}
