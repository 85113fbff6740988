import { useMemo, useRef, useState } from 'preact/hooks';
import { availabilityOf } from '../../../lib/library/expiry';
import { canDelete } from '../../../lib/library/lifecycle';
import { buildIndex, filterIndex, type LibraryFilters, type StatusFilter } from '../../../lib/library/search';
import { keepOrder } from '../../../lib/library/stable-order';
import { CONTENT_KINDS, isPackOrigin, originName, type StoredContent } from '../../../lib/model';
import { StatusBadge } from './StatusBadge';
import { KIND_WORDS } from '../../../components/words';

export const PAGE_SIZE = 100;

export type RowAction = 'edit' | 'duplicate' | 'approve' | 'retire' | 'reopen' | 'delete';

/** What a row shows in place of its buttons: a delete to confirm, or what just happened (with Undo). */
export type RowState =
  | { id: string; kind: 'confirm-delete' }
  | { id: string; kind: 'done'; text: string; tone: 'ok' | 'error'; undo?: () => void };

type Props = {
  items: StoredContent[];
  /** Deleted items still offered for Undo: they keep their row. */
  deleted: ReadonlyMap<string, StoredContent>;
  filters: LibraryFilters;
  onFilters(filters: LibraryFilters): void;
  onAction(action: RowAction, item: StoredContent): void;
  rowState: RowState | null;
  onConfirmDelete(item: StoredContent): void;
  onCancel(): void;
  /** In a team: which items this user may change (a rep reads the team's library), and their marks. */
  team?: TeamMarks;
};

/** What a team row says beside its title, and whether its actions are the user's. */
export type TeamMarks = { canChange(item: StoredContent): boolean; conflicted: ReadonlySet<string> };

const STATUS_OPTIONS: Array<[StatusFilter, string]> = [
  ['', 'Any status'],
  ['draft', 'Draft'],
  ['approved', 'Approved (any date)'],
  ['live', 'Approved · live now'],
  ['scheduled', 'Approved · scheduled'],
  ['expired', 'Approved · expired'],
  ['retired', 'Retired'],
];

const KIND_OPTIONS: Array<[string, string]> = [['', 'Any kind'], ...CONTENT_KINDS.map((kind): [string, string] => [kind, KIND_WORDS[kind]])];

type FilterSelectProps = {
  label: string;
  name: string;
  value: string;
  options: ReadonlyArray<readonly [string, string]>;
  onChange(event: Event): void;
};

function FilterSelect({ label, name, value, options, onChange }: FilterSelectProps) {
  return (
    <label>
      {label}
      <select data-testid={`wl-lib-filter-${name}`} value={value} onChange={onChange}>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The rows in the order they hold while someone works: set when the filters change, then kept
 * (lib/library/stable-order.ts), so a retired or approved row stays where it was and the next
 * row's buttons do not slide under the cursor.
 */
function useStableRows(found: StoredContent[], all: StoredContent[], deleted: ReadonlyMap<string, StoredContent>, filters: LibraryFilters): StoredContent[] {
  const order = useRef<{ filters: LibraryFilters; ids: string[] } | null>(null);
  const byId = new Map(all.map((item) => [item.id, item]));
  const fresh = found.map((item) => item.id);
  if (!order.current || order.current.filters !== filters) order.current = { filters, ids: fresh };
  else order.current.ids = keepOrder(order.current.ids, fresh, new Set([...byId.keys(), ...deleted.keys()]));
  return order.current.ids.map((id) => byId.get(id) ?? deleted.get(id)).filter((item): item is StoredContent => item !== undefined);
}

/** Search and filters over the whole library; renders one page of rows at a time. */
export function LibraryList({ items, deleted, filters, onFilters, onAction, rowState, onConfirmDelete, onCancel, team }: Props) {
  // Lowercased once per data load; each keystroke only scans the prepared strings.
  const index = useMemo(() => buildIndex(items), [items]);
  const [shown, setShown] = useState(PAGE_SIZE);
  const now = new Date();
  const found = useMemo(() => filterIndex(index, filters, now), [index, filters]);
  const rows = useStableRows(found, items, deleted, filters);
  const set = (patch: Partial<LibraryFilters>) => {
    setShown(PAGE_SIZE);
    onFilters({ ...filters, ...patch });
  };
  const select = (name: keyof LibraryFilters) => (event: Event) => set({ [name]: (event.target as HTMLSelectElement).value });
  const filtered = Object.values(filters).some(Boolean);

  return (
    <div class="wl-lib-list">
      <div class="wl-lib-filters" role="search" aria-label="Search the library">
        <label class="wl-lib-search">
          Search
          <input type="search" data-testid="wl-lib-search" placeholder="Title, body, tag, owner, audience…" value={filters.text} onInput={(event) => set({ text: (event.target as HTMLInputElement).value })} />
        </label>
        <FilterSelect label="Kind" name="kind" value={filters.kind} onChange={select('kind')} options={KIND_OPTIONS} />
        <FilterSelect label="Status" name="status" value={filters.status} onChange={select('status')} options={STATUS_OPTIONS} />
        <FilterSelect
          label="Tag"
          name="tag"
          value={filters.tag}
          onChange={select('tag')}
          options={[['', 'Any tag'], ...index.tags.map((tag): [string, string] => [tag, tag])]}
        />
        <FilterSelect
          label="Owner"
          name="owner"
          value={filters.owner}
          onChange={select('owner')}
          options={[['', 'Any owner'], ...index.owners.map((owner): [string, string] => [owner, owner])]}
        />
      </div>
      <p class="row" role="status" aria-live="polite" data-testid="wl-lib-count">
        <span>
          {found.length === items.length ? plural(items.length, 'item') : `${found.length} of ${plural(items.length, 'item')} match`}
          {found.length > shown ? `, showing the first ${shown}` : ''}
        </span>
        {filtered ? (
          <button type="button" data-testid="wl-lib-clear-filters" onClick={() => set({ text: '', kind: '', status: '', tag: '', owner: '' })}>
            Clear filters
          </button>
        ) : null}
      </p>
      {rows.length ? (
        <table class="wl-lib-table">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Status</th>
              <th scope="col">Owner</th>
              <th scope="col">Updated</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((item) =>
              deleted.has(item.id) ? (
                <DeletedRow key={item.id} item={item} state={rowState?.id === item.id ? rowState : null} />
              ) : (
                <Row
                  key={item.id}
                  item={item}
                  now={now}
                  onAction={onAction}
                  state={rowState?.id === item.id ? rowState : null}
                  onConfirmDelete={onConfirmDelete}
                  onCancel={onCancel}
                  {...(team ? { team } : {})}
                />
              ),
            )}
          </tbody>
        </table>
      ) : (
        <p class="muted" data-testid="wl-lib-empty">
          {items.length ? 'Nothing matches these filters.' : 'The library is empty: create an item or import a pack.'}
        </p>
      )}
      {found.length > shown ? (
        <button type="button" data-testid="wl-lib-more" onClick={() => setShown(shown + PAGE_SIZE)}>
          Show {Math.min(PAGE_SIZE, found.length - shown)} more
        </button>
      ) : null}
    </div>
  );
}

/** What just happened to this row, with Undo while it is offered. */
function Done({ state }: { state: Extract<RowState, { kind: 'done' }> }) {
  return (
    <span class={`wl-lib-done ${state.tone}`} role="status" data-testid="wl-lib-row-notice">
      {state.text}{' '}
      {state.undo ? (
        <button type="button" class="link" data-testid="wl-lib-row-undo" onClick={state.undo}>
          Undo
        </button>
      ) : null}
    </span>
  );
}

type RowProps = {
  item: StoredContent;
  now: Date;
  onAction: Props['onAction'];
  state: RowState | null;
  onConfirmDelete(item: StoredContent): void;
  onCancel(): void;
  team?: TeamMarks;
};

function Row({ item, now, onAction, state, onConfirmDelete, onCancel, team }: RowProps) {
  const changeable = team?.canChange(item) ?? true;
  const act = (action: RowAction) => () => onAction(action, item);
  const label = (verb: string) => `${verb}: ${item.title}`;
  return (
    <tr data-testid="wl-lib-row" data-content-id={item.id}>
      <td>
        <button type="button" class="wl-lib-link" data-testid="wl-lib-row-title" onClick={act('edit')} aria-label={label('Edit')}>
          {item.title}
        </button>
        <div class="row muted">
          <span class="badge">{KIND_WORDS[item.kind]}</span>
          {(item.tags ?? []).map((tag) => (
            <span key={tag} class="badge">
              #{tag}
            </span>
          ))}
          {isPackOrigin(item.meta.origin) ? <span class="badge">pack: {originName(item.meta.origin)}</span> : null}
          {item.meta.origin.kind === 'team' ? <span class="badge" data-testid="wl-lib-row-team">team library</span> : null}
          {team?.conflicted.has(item.id) ? <span class="badge warn" data-testid="wl-lib-row-conflict">two versions: open to choose</span> : null}
        </div>
      </td>
      <td>
        <StatusBadge status={item.status} availability={availabilityOf(item, now)} />
      </td>
      <td>{item.owner ?? <span class="muted">—</span>}</td>
      <td>
        <time dateTime={item.updatedAt}>{new Date(item.updatedAt).toLocaleDateString()}</time>
      </td>
      <td class="wl-lib-row-actions">
        {state?.kind === 'confirm-delete' ? (
          <span class="wl-lib-confirm" role="group" aria-label={label('Delete this draft?')} data-testid="wl-lib-confirm-delete">
            <span>Delete this draft?</span>
            <button type="button" class="danger primary" data-testid="wl-lib-confirm-delete-yes" onClick={act('delete')}>
              Delete
            </button>
            {/* The safe choice has the focus, so Enter does not delete by accident. */}
            <button type="button" autoFocus onClick={onCancel}>
              Keep it
            </button>
          </span>
        ) : (
          <>
            <button type="button" data-testid="wl-lib-row-duplicate" onClick={act('duplicate')} aria-label={label('Duplicate')}>
              Duplicate
            </button>
            {!changeable ? null : item.status === 'draft' ? (
              <button type="button" data-testid="wl-lib-row-approve" onClick={act('approve')} aria-label={label('Approve')}>
                Approve
              </button>
            ) : null}
            {changeable && item.status === 'approved' ? (
              <button type="button" data-testid="wl-lib-row-retire" onClick={act('retire')} aria-label={label('Retire')}>
                Retire
              </button>
            ) : null}
            {changeable && item.status === 'retired' ? (
              <button type="button" data-testid="wl-lib-row-reopen" onClick={act('reopen')} aria-label={label('Back to draft')}>
                Back to draft
              </button>
            ) : null}
            {changeable && canDelete(item) ? (
              <button type="button" class="danger" data-testid="wl-lib-row-delete" onClick={() => onConfirmDelete(item)} aria-label={label('Delete')}>
                Delete
              </button>
            ) : null}
          </>
        )}
        {/* Under the buttons, in the room the row already has: nothing below it moves. */}
        {state?.kind === 'done' ? <Done state={state} /> : null}
      </td>
    </tr>
  );
}

/** A deleted item keeps its row while Undo is offered. */
function DeletedRow({ item, state }: { item: StoredContent; state: RowState | null }) {
  return (
    <tr class="wl-lib-deleted" data-testid="wl-lib-row-deleted" data-content-id={item.id}>
      <td>
        <s>{item.title}</s>
      </td>
      <td colSpan={3} class="muted">
        Deleted
      </td>
      <td class="wl-lib-row-actions">{state?.kind === 'done' ? <Done state={state} /> : null}</td>
    </tr>
  );
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}
