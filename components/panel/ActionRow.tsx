import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Confirmation } from './actions';
import { guardMark, type GuardWords } from '../button-guard';
import { usePanelHost } from './host';

export type RowAction = {
  key: string;
  label: string;
  testId?: string;
  /** A screen reader's name for the button when the label alone is ambiguous ("Copy: Opener…"). */
  ariaLabel?: string;
  primary?: boolean;
  /** Text leaves the panel (insert, share): where the in-page panel's guard cannot tell what the rep sees, this is asked first (views/panel/guard/). */
  sendsText?: GuardWords;
  run(): Promise<Confirmation>;
};

const SHOWN_MS = { ok: 5000, warn: 9000 } as const;

/**
 * A card's buttons, and the confirmation of the last one pressed shown just under it, over what
 * follows: nothing moves, so the next button stays where the cursor is. The button itself keeps
 * its label and size and takes the confirmation's colour.
 */
export function ActionRow({ actions, children }: { actions: RowAction[]; children?: ComponentChildren }) {
  const [shown, setShown] = useState<{ key: string; confirmation: Confirmation; left: number } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const id = useId();
  const { guard } = usePanelHost();
  useEffect(() => () => clearTimeout(timer.current), []);

  const press = (action: RowAction) => async () => {
    const confirmation = await action.run();
    clearTimeout(timer.current);
    setShown({ key: action.key, confirmation, left: buttons.current.get(action.key)?.offsetLeft ?? 0 });
    timer.current = window.setTimeout(() => setShown(null), SHOWN_MS[confirmation.tone]);
  };

  return (
    <div class="actions action-row" onKeyDown={(event) => event.key === 'Escape' && setShown(null)}>
      {actions.map((action) => (
        <button
          key={action.key}
          type="button"
          ref={(element) => {
            if (element) buttons.current.set(action.key, element);
          }}
          class={[action.primary ? 'primary' : '', shown?.key === action.key ? `confirmed ${shown.confirmation.tone}` : ''].join(' ').trim() || undefined}
          data-testid={action.testId}
          aria-label={action.ariaLabel}
          aria-describedby={shown?.key === action.key ? id : undefined}
          // Through the host's guard: in LinkedIn's page it runs only if the rep could see the button.
          data-guard={guardMark(guard)}
          onClick={action.sendsText ? guard.sendsText(action.sendsText, press(action)) : guard.records(press(action))}
        >
          {action.label}
        </button>
      ))}
      {children}
      {/* Always in the page, so screen readers hear it change; empty, it takes no room. */}
      <p id={id} class={`bubble ${shown?.confirmation.tone ?? ''}`} role="status" aria-live="polite" data-testid="wl-action-status" style={{ '--at': `${shown?.left ?? 0}px` }}>
        {shown ? (shown.confirmation.detail ?? shown.confirmation.short) : ''}
      </p>
    </div>
  );
}
