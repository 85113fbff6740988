import { useEffect, useRef, useState } from 'preact/hooks';
import type { TriageRow } from '../../../lib/network/triage';

/** Each row's height: fixed, so only the rows in view are drawn (5,000 rows never stall). */
export const ROW_HEIGHT = 44;
const VIEW_ROWS = 12;
/** Rows drawn beyond the visible ones, so scrolling shows no gap. */
const OVERSCAN = 6;

type Props = {
  rows: readonly TriageRow[];
  picked: ReadonlySet<string>;
  onToggle(row: TriageRow): void;
};

const PAGE = VIEW_ROWS - 1;

/**
 * The connections, virtualised: only the rows in view are in the DOM. By keyboard, each row's
 * checkbox takes focus in turn: ↓/↑ move, Page Down/Up a page, Home/End the ends, Space picks.
 */
export function TriageList({ rows, picked, onToggle }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [active, setActive] = useState<number | null>(null);
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((top + VIEW_ROWS * ROW_HEIGHT) / ROW_HEIGHT) + OVERSCAN);

  useEffect(() => {
    // A new filter starts at the top.
    box.current?.scrollTo({ top: 0 });
    setTop(0);
    setActive(null);
  }, [rows]);

  useEffect(() => {
    if (active === null || !box.current) return;
    box.current.querySelector<HTMLInputElement>(`input[data-index="${active}"]`)?.focus({ preventScroll: true });
  }, [active, first]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    const el = box.current;
    if (el) {
      const rowTop = next * ROW_HEIGHT;
      if (rowTop < el.scrollTop) el.scrollTop = rowTop;
      else if (rowTop + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = rowTop + ROW_HEIGHT - el.clientHeight;
      setTop(el.scrollTop);
      // A row already drawn takes focus now, so a key pressed next acts on it; others once drawn.
      el.querySelector<HTMLInputElement>(`input[data-index="${next}"]`)?.focus({ preventScroll: true });
    }
    setActive(next);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const index = Number((event.target as HTMLElement).dataset.index);
    if (Number.isNaN(index)) return;
    const to: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + PAGE, PageUp: index - PAGE, Home: 0, End: rows.length - 1 };
    const target = to[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  // One checkbox in the tab order (roving focus): the active row's when drawn, else the first drawn.
  const focusable = active !== null && active >= first && active < last ? active : first;
  if (rows.length === 0) return <p class="muted" data-testid="wl-triage-none">No connection matches the filter.</p>;
  return (
    <div
      ref={box}
      class="triage-list"
      role="group"
      aria-label={`Connections (${rows.length.toLocaleString()}); arrow keys move between them, Space picks`}
      style={{ height: `${VIEW_ROWS * ROW_HEIGHT}px` }}
      onScroll={(event) => setTop(event.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div class="triage-spacer" style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
        {rows.slice(first, last).map((row, offset) => {
          const index = first + offset;
          return (
            <div
              key={row.key}
              class={`triage-row${picked.has(row.key) ? ' picked' : ''}`}
              data-testid="wl-triage-row"
              data-slug={row.slug ?? ''}
              style={{ top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
            >
              <input
                type="checkbox"
                id={`triage-${index}`}
                data-testid="wl-triage-pick"
                data-index={index}
                tabIndex={index === focusable ? 0 : -1}
                checked={picked.has(row.key)}
                onChange={() => onToggle(row)}
                onFocus={() => setActive(index)}
              />
              <label for={`triage-${index}`} class="triage-who">
                <span class="triage-name">{row.name}</span>
                <span class="muted small">{[row.position, row.company].filter(Boolean).join(' · ') || 'No company given'}</span>
              </label>
              <span class="triage-marks">
                {row.teamAccount ? <span class="badge team-account" data-testid="wl-triage-team-account">Team account</span> : null}
                {row.flaggedId ? <span class="badge" data-testid="wl-triage-flagged">Flagged</span> : null}
                {!row.url ? <span class="badge muted" title="LinkedIn gave no profile URL for this connection">No URL</span> : null}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
