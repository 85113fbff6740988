import { useMemo, useState } from 'preact/hooks';
import { flagTitle, searchFlags } from '../../lib/flags/mine';
import { RELATION_WORDS, STRENGTH_WORDS } from '../words';
import type { StoredRelationship } from '../../lib/model';

type Props = {
  all: StoredRelationship[] | undefined;
  userName: string;
  editingId?: string;
  onEdit(rel: StoredRelationship): void;
  onDelete(rel: StoredRelationship): void;
};

/** The user's flags: search by name or company, edit, delete (with undo, shown by the caller). */
export function MyFlags({ all, userName, editingId, onEdit, onDelete }: Props) {
  const [query, setQuery] = useState('');
  const mine = useMemo(() => (all ? searchFlags(all, userName, '') : []), [all, userName]);
  const shown = useMemo(() => (all ? searchFlags(all, userName, query) : []), [all, userName, query]);

  return (
    <section class="my-flags" aria-labelledby="my-flags-h">
      <h2 id="my-flags-h">Your flags ({mine.length})</h2>
      {mine.length > 0 ? (
        <label>
          <span class="visually-hidden">Search your flags by name or company</span>
          <input
            type="search"
            data-testid="wl-flag-search"
            placeholder="Search by name or company"
            value={query}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
        </label>
      ) : null}
      {!all ? <p class="muted">Loading…</p> : null}
      {all && mine.length === 0 ? <p class="muted">Nothing flagged yet. Your flags show here.</p> : null}
      {all && mine.length > 0 && shown.length === 0 ? <p class="muted">No flag matches "{query}".</p> : null}
      <ul class="list">
        {shown.map((rel) => {
          const title = flagTitle(rel);
          const where = rel.scope === 'person' ? rel.company?.name : 'company-level';
          return (
            <li key={rel.id} class={`card flag-item${rel.id === editingId ? ' current' : ''}`} data-testid="wl-flag-item" data-flag-id={rel.id}>
              <div class="row">
                <strong>{title}</strong>
                {where ? <span class="muted">{where}</span> : null}
              </div>
              <p class="muted small">
                {RELATION_WORDS[rel.relation]} · {STRENGTH_WORDS[rel.strength]}
                {rel.canIntro ? ' · will introduce' : ''}
                {rel.meta.locallyEditedAt ? ' · edited here' : ''}
                {rel.meta.origin.kind === 'team' ? (rel.meta.team?.share === 'private' ? ' · private' : ' · shared with your team') : ''}
              </p>
              <div class="actions">
                <button type="button" aria-label={`Edit flag for ${title}`} onClick={() => onEdit(rel)}>
                  Edit
                </button>
                <button type="button" class="danger" aria-label={`Delete flag for ${title}`} onClick={() => onDelete(rel)}>
                  Delete
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
