import { useMemo, useRef, useState } from 'preact/hooks';
import { deleteContent, putContent } from '../../../lib/db';
import { availabilityOf } from '../../../lib/library/expiry';
import { approve, duplicateOf, LOCAL_META, newContentId, reopen, retire, toStored } from '../../../lib/library/lifecycle';
import { NO_FILTERS, type LibraryFilters } from '../../../lib/library/search';
import type { StoredContent } from '../../../lib/model';
import { useSettings } from '../../../components/useSettings';
import { ApproverPrompt } from './ApproverPrompt';
import { ExpiringPanel } from './ExpiringPanel';
import { ItemEditor } from './ItemEditor';
import { LibraryList, type RowAction } from './LibraryList';
import { NewForYou } from '../../../components/NewForYou';
import { useUnseenFromStore } from '../../../components/useUnseenFromStore';
import { errorMessage } from '../../../components/error-message';
import { useLibraryItems } from './useLibrary';
import './library.css';

type Editing = { id: string; isNew: boolean };

/** Marketing's library: curate, approve, schedule, target and retire the content reps are offered. */
export function LibrarySection() {
  const { items, error } = useLibraryItems();
  const [settings] = useSettings();
  const unseen = useUnseenFromStore();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [askApprover, setAskApprover] = useState<((name: string | undefined) => void) | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<StoredContent | null>(null);
  const [status, setStatus] = useState<{ text: string; error?: boolean }>({ text: '' });
  const listTop = useRef<HTMLHeadingElement>(null);

  const all = items ?? [];
  const expiredCount = useMemo(() => all.filter((item) => availabilityOf(item, new Date()) === 'expired').length, [all]);

  /** The approver's name from Settings, asking for it first when it is not set. */
  const requestApprover = (): Promise<string | undefined> => {
    if (settings.name.trim()) return Promise.resolve(settings.name.trim());
    return new Promise((resolve) => setAskApprover(() => resolve));
  };

  const store = async (record: StoredContent, done: string) => {
    try {
      await putContent(record);
      setStatus({ text: done });
    } catch (failure) {
      setStatus({ text: `Not saved: ${errorMessage(failure)}`, error: true });
    }
  };

  const onAction = async (action: RowAction, item: StoredContent) => {
    const now = new Date();
    if (action === 'edit') return setEditing({ id: item.id, isNew: false });
    if (action === 'delete') return setConfirmDelete(item);
    if (action === 'duplicate') {
      const copy = duplicateOf(item, newContentId(), now);
      return store({ ...copy, meta: LOCAL_META }, `Copied as a draft: “${copy.title}”.`);
    }
    if (action === 'approve') {
      const name = await requestApprover();
      if (!name) return setStatus({ text: 'Not approved: an approver name is needed.', error: true });
      return store(toStored(approve(item, name, now), item, now), `Approved “${item.title}”.`);
    }
    if (action === 'retire') return store(toStored(retire(item, now), item, now), `Retired “${item.title}”: reps no longer see it.`);
    return store(toStored(reopen(item, now), item, now), `“${item.title}” is a draft again.`);
  };

  const reallyDelete = async (item: StoredContent) => {
    setConfirmDelete(null);
    try {
      await deleteContent(item.id);
      setStatus({ text: `Deleted the draft “${item.title}”.` });
    } catch (failure) {
      setStatus({ text: `Not deleted: ${errorMessage(failure)}`, error: true });
    }
  };

  const closeEditor = () => {
    setEditing(null);
    requestAnimationFrame(() => listTop.current?.focus());
  };

  const prompt = askApprover ? (
    <ApproverPrompt
      onDone={(name) => {
        askApprover(name);
        setAskApprover(null);
      }}
    />
  ) : null;

  if (editing) {
    return (
      <div class="wl-lib" data-testid="wl-lib">
        {prompt}
        <ItemEditor
          key={editing.id}
          stored={all.find((item) => item.id === editing.id)}
          newId={editing.id}
          settings={settings}
          requestApprover={requestApprover}
          onClose={closeEditor}
        />
      </div>
    );
  }

  return (
    <div class="wl-lib" data-testid="wl-lib">
      <NewForYou {...unseen} />
      <section aria-labelledby="wl-lib-h">
        <div class="row wl-lib-head">
          <h2 id="wl-lib-h" tabIndex={-1} ref={listTop}>
            Library
          </h2>
          <button type="button" class="primary" data-testid="wl-lib-new" onClick={() => setEditing({ id: newContentId(), isNew: true })}>
            New item
          </button>
        </div>
        <p class="muted">Only approved items that are in date reach reps. Retire what should stop; delete only drafts.</p>
        {prompt}
        {confirmDelete ? (
          <div class="card wl-lib-confirm" role="alertdialog" aria-labelledby="wl-lib-confirm-h" data-testid="wl-lib-confirm-delete">
            <p id="wl-lib-confirm-h">Delete the draft “{confirmDelete.title}”? This cannot be undone.</p>
            <div class="actions">
              <button type="button" class="primary" data-testid="wl-lib-confirm-delete-yes" onClick={() => reallyDelete(confirmDelete)}>
                Delete
              </button>
              {/* The safe choice has the focus, so Enter does not delete by accident. */}
              <button type="button" autoFocus onClick={() => setConfirmDelete(null)}>
                Keep it
              </button>
            </div>
          </div>
        ) : null}
        <p role="status" aria-live="polite" data-testid="wl-lib-status" class={status.error ? 'error' : ''}>
          {status.text}
        </p>
        {error ? <p role="alert" class="error">Could not read the library: {errorMessage(error)}</p> : null}
        {items ? (
          <>
            <ExpiringPanel
              items={all}
              expiredCount={expiredCount}
              onOpen={(item) => setEditing({ id: item.id, isNew: false })}
              onShowExpired={() => setFilters({ ...NO_FILTERS, status: 'expired' })}
            />
            <LibraryList items={all} filters={filters} onFilters={setFilters} onAction={onAction} />
          </>
        ) : (
          <p class="muted">Loading the library…</p>
        )}
      </section>
    </div>
  );
}
