import { useMemo, useState } from 'preact/hooks';
import { availabilityOf } from '../../../lib/library/expiry';
import { canDelete } from '../../../lib/library/lifecycle';
import { buildIndex, filterIndex, type LibraryFilters, type StatusFilter } from '../../../lib/library/search';
import { CONTENT_KINDS, type StoredContent } from '../../../lib/model';
import { StatusBadge } from './StatusBadge';
import { KIND_WORDS } from '../../../components/words';

export const PAGE_SIZE = 100;

export type RowAction = 'edit' | 'duplicate' | 'approve' | 'retire' | 'reopen' | 'delete';

type Props = {
  items: StoredContent[];
  filters: LibraryFilters;
  onFilters(filters: LibraryFilters): void;
  onAction(action: RowAction, item: StoredContent): void;
};

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

/** Search and filters over the whole library; renders one page of rows at a time. */
export function LibraryList({ items, filters, onFilters, onAction }: Props) {
  // Lowercased once per data load; each keystroke only scans the prepared strings.
  const index = useMemo(() => buildIndex(items), [items]);
  const [shown, setShown] = useState(PAGE_SIZE);
  const now = new Date();
  const found = useMemo(() => filterIndex(index, filters, now), [index, filters]);
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
      {found.length ? (
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
            {found.slice(0, shown).map((item) => (
              <Row key={item.id} item={item} now={now} onAction={onAction} />
            ))}
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

function Row({ item, now, onAction }: { item: StoredContent; now: Date; onAction: Props['onAction'] }) {
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
          {item.meta.origin.kind === 'pack' ? <span class="badge">pack: {item.meta.origin.packName}</span> : null}
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
        <button type="button" data-testid="wl-lib-row-duplicate" onClick={act('duplicate')} aria-label={label('Duplicate')}>
          Duplicate
        </button>
        {item.status === 'draft' ? (
          <button type="button" data-testid="wl-lib-row-approve" onClick={act('approve')} aria-label={label('Approve')}>
            Approve
          </button>
        ) : null}
        {item.status === 'approved' ? (
          <button type="button" data-testid="wl-lib-row-retire" onClick={act('retire')} aria-label={label('Retire')}>
            Retire
          </button>
        ) : null}
        {item.status === 'retired' ? (
          <button type="button" data-testid="wl-lib-row-reopen" onClick={act('reopen')} aria-label={label('Back to draft')}>
            Back to draft
          </button>
        ) : null}
        {canDelete(item) ? (
          <button type="button" data-testid="wl-lib-row-delete" onClick={act('delete')} aria-label={label('Delete')}>
            Delete
          </button>
        ) : null}
      </td>
    </tr>
  );
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString()} ${noun}${count === 1 ? '' : 's'}`;
}
