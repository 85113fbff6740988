import { useEffect, useRef, useState } from 'preact/hooks';
import { cancelPending, confirmPending, promptReady, resume, startActionGuard, type HoldReason } from './action-guard';

/** How often the prompt looks whether its button counts yet (it says so by aria-disabled). */
const READY_CHECK_MS = 100;
import { useGuardState } from './guarded-buttons';

const HELD_BECAUSE: Record<HoldReason, string> = {
  restyled: 'the page changed how this panel is shown',
  moved: 'the page moved this panel',
  covered: 'something on the page covered this panel',
  hidden: 'a button was clicked while the panel was hidden or covered, in part at least (LinkedIn\'s message window over its corner counts)',
};

/**
 * The guard's words in the panel (./action-guard.ts): why its buttons are held, or the second
 * confirmation an insert or a share needs where the browser cannot tell what the person sees. It
 * appears above the cards, away from the button just pressed, and its own button waits a moment
 * (aria-disabled until it counts).
 */
export function GuardPrompt() {
  const state = useGuardState();
  const button = useRef<HTMLButtonElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const root = document.querySelector('[data-testid="wl-panel"]');
    if (root) startActionGuard(root);
  }, []);
  useEffect(() => {
    setReady(false);
    if (!state.held && !state.pending) return;
    const timer = window.setInterval(() => {
      if (!promptReady(button.current)) return;
      setReady(true);
      window.clearInterval(timer);
    }, READY_CHECK_MS);
    return () => window.clearInterval(timer);
  }, [state.held, state.pending, state.promptedAt]);

  if (state.held) {
    return (
      <div class="guard" role="alert" data-testid="wl-guard-held">
        <p>
          Warmline paused its buttons: {HELD_BECAUSE[state.held]}. Check that LinkedIn looks as it should, then continue.
        </p>
        <button type="button" ref={button} data-guard aria-disabled={!ready} data-testid="wl-guard-continue" onClick={() => resume(button.current)}>
          Continue
        </button>
      </div>
    );
  }
  if (!state.pending) return null;
  return (
    <div class="guard" role="group" aria-label="Confirm" data-testid="wl-guard-confirm-prompt">
      <p>{state.pending.question}</p>
      <div class="actions">
        <button type="button" class="primary" ref={button} data-guard aria-disabled={!ready} data-testid="wl-guard-confirm" onClick={() => confirmPending(button.current)}>
          {state.pending.answer}
        </button>
        <button type="button" data-testid="wl-guard-cancel" onClick={cancelPending}>
          Cancel
        </button>
      </div>
    </div>
  );
}
