import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { saveSettings } from '../../../lib/db';
import { removeContent, storeContent } from '../../../lib/sync/local-writes';
import { availabilityOf, type Availability } from '../../../lib/library/expiry';
import { UNDO_MS } from '../../../lib/flags/undo';
import { approve, duplicateOf, LOCAL_META, newContentId, reopen, retire, toStored } from '../../../lib/library/lifecycle';
import { NO_FILTERS, type LibraryFilters } from '../../../lib/library/search';
import type { StoredContent } from '../../../lib/model';
import { useSettings } from '../../../components/useSettings';
import { ApproverPrompt } from './ApproverPrompt';
import { ExpiringPanel } from './ExpiringPanel';
import { ItemEditor } from './ItemEditor';
import { LibraryList, type RowAction, type RowState } from './LibraryList';
import { NewForYou } from '../../../components/NewForYou';
import { useUnseenFromStore } from '../../../components/useUnseenFromStore';
import { errorMessage } from '../../../components/error-message';
import { useLibraryItems } from './useLibrary';
import { useTeamSession } from '../../../components/useTeam';
import { useAsync, useStoreVersion } from '../../../components/hooks';
import { listConflicts, type StoreName } from '../../../lib/db';
import { editsTeamLibrary } from '../../../lib/sync/local-writes';
import type { TeamMarks } from './LibraryList';
import './library.css';

type Editing = { id: string; isNew: boolean };

const CONFLICT_STORES: StoreName[] = ['conflicts'];

/** In a team: the team's items are its marketers' to change; a rep reads them. Conflicted items are marked. */
function useTeamMarks(): { marks?: TeamMarks; teamRep: boolean } {
  const [session] = useTeamSession();
  const version = useStoreVersion(CONFLICT_STORES);
  const { value: conflicts } = useAsync(listConflicts, [version]);
  const marks = useMemo<TeamMarks | undefined>(() => {
    if (!session) return undefined;
    const editor = editsTeamLibrary(session);
    const conflicted = new Set((conflicts ?? []).filter((c) => c.kind === 'content').map((c) => c.id));
    return { canChange: (item) => editor || item.meta.origin.kind !== 'team', conflicted };
  }, [session, conflicts]);
  return { ...(marks ? { marks } : {}), teamRep: !!session && !editsTeamLibrary(session) };
}


/** What an approval means for reps, in a sentence. */
const APPROVED_WORDS: Record<Availability, string> = {
  live: 'Approved: reps see it now.',
  scheduled: 'Approved: reps see it from its start date.',
  expired: 'Approved, but it has expired: reps do not see it.',
  draft: 'Saved as a draft.',
  retired: 'Retired.',
};

/** Marketing's library: curate, approve, schedule, target and retire the content reps are offered. */
export function LibrarySection() {
  const { items, error } = useLibraryItems();
  const [settings, settingsLoaded] = useSettings();
  const { marks, teamRep } = useTeamMarks();
  // Until the settings are read the role is not known: neither view's extras show yet. In a team the server's role decides.
  const rep = (settingsLoaded && settings.role === 'rep' && !marks) || teamRep;
  const unseen = useUnseenFromStore(settings.name);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [askApprover, setAskApprover] = useState<((name: string | undefined) => void) | null>(null);
  const [rowState, setRowState] = useState<RowState | null>(null);
  const [deleted, setDeleted] = useState<ReadonlyMap<string, StoredContent>>(new Map());
  const timer = useRef<number | undefined>(undefined);
  const listTop = useRef<HTMLHeadingElement>(null);
  useEffect(() => () => clearTimeout(timer.current), []);

  const all = items ?? [];
  const expiredCount = useMemo(() => all.filter((item) => availabilityOf(item, new Date()) === 'expired').length, [all]);

  /** The approver's name from Settings, asking for it first when it is not set. */
  const requestApprover = (): Promise<string | undefined> => {
    if (settings.name.trim()) return Promise.resolve(settings.name.trim());
    return new Promise((resolve) => setAskApprover(() => resolve));
  };

  /** One current status: the row just acted on says what happened, with Undo for a while; older ones go. */
  const done = (id: string, text: string, undo?: () => Promise<void>) => {
    clearTimeout(timer.current);
    const undoing = undo
      ? async () => {
          clearTimeout(timer.current);
          try {
            await undo();
            setRowState({ id, kind: 'done', tone: 'ok', text: 'Undone.' });
          } catch (failure) {
            setRowState({ id, kind: 'done', tone: 'error', text: `Not undone: ${errorMessage(failure)}` });
          }
          timer.current = window.setTimeout(() => setRowState(null), UNDO_MS / 2);
        }
      : undefined;
    setRowState({ id, kind: 'done', tone: 'ok', text, ...(undoing ? { undo: () => void undoing() } : {}) });
    timer.current = window.setTimeout(() => {
      setRowState(null);
      setDeleted(new Map());
    }, UNDO_MS);
  };
  const failed = (id: string, verb: string, failure: unknown) => setRowState({ id, kind: 'done', tone: 'error', text: `Not ${verb}: ${errorMessage(failure)}` });

  /** Stores the new version; Undo puts back exactly the record that was there. */
  const change = async (before: StoredContent, after: StoredContent, text: string) => {
    try {
      await storeContent(after, { previous: before });
      done(before.id, text, async () => void (await storeContent(before, { previous: after })));
    } catch (failure) {
      failed(before.id, 'saved', failure);
    }
  };

  const onAction = async (action: RowAction, item: StoredContent) => {
    const now = new Date();
    if (action === 'edit') return setEditing({ id: item.id, isNew: false });
    if (action === 'delete') {
      try {
        await removeContent(item);
        setDeleted((current) => new Map([...current, [item.id, item]]));
        done(item.id, 'Deleted.', async () => {
          await storeContent(item);
          setDeleted((current) => new Map([...current].filter(([id]) => id !== item.id)));
        });
      } catch (failure) {
        failed(item.id, 'deleted', failure);
      }
      return;
    }
    if (action === 'duplicate') {
      const copy: StoredContent = { ...duplicateOf(item, newContentId(), now), meta: LOCAL_META };
      try {
        const stored = await storeContent(copy);
        done(copy.id, 'Copied as a draft.', () => removeContent(stored));
      } catch (failure) {
        failed(item.id, 'copied', failure);
      }
      return;
    }
    if (action === 'approve') {
      const name = await requestApprover();
      if (!name) return setRowState({ id: item.id, kind: 'done', tone: 'error', text: 'Not approved: an approver’s name is needed.' });
      const approved = toStored(approve(item, name, now), item, now);
      return change(item, approved, APPROVED_WORDS[availabilityOf(approved, now)]);
    }
    if (action === 'retire') return change(item, toStored(retire(item, now), item, now), 'Retired: reps no longer see it.');
    return change(item, toStored(reopen(item, now), item, now), 'Back to draft: reps no longer see it.');
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
          readOnly={!!marks && !!all.find((item) => item.id === editing.id) && !marks.canChange(all.find((item) => item.id === editing.id)!)}
          requestApprover={requestApprover}
          onClose={closeEditor}
        />
      </div>
    );
  }

  return (
    <div class="wl-lib" data-testid="wl-lib">
      {rep ? (
        <div class="rep-note" data-testid="wl-lib-rep-note">
          <p>
            <strong>Editing the library is marketing’s job.</strong> As a rep you get its approved items beside each profile, and
            the newest here.
          </p>
          {teamRep ? (
            <p class="muted">Your team server says you are a rep: its library is its marketers’ to change.</p>
          ) : (
            <button type="button" class="link" onClick={() => void saveSettings({ role: 'marketer' })}>
              I curate our library: switch to the marketer’s view
            </button>
          )}
        </div>
      ) : null}
      {/* News is for the people who use the library, not for those who write it. */}
      {rep ? <NewForYou compact {...unseen} /> : null}
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
        {error ? <p role="alert" class="error">Could not read the library: {errorMessage(error)}</p> : null}
        {items ? (
          <>
            <ExpiringPanel
              items={all}
              expiredCount={expiredCount}
              onOpen={(item) => setEditing({ id: item.id, isNew: false })}
              onShowExpired={() => setFilters({ ...NO_FILTERS, status: 'expired' })}
            />
            <LibraryList
              items={all}
              deleted={deleted}
              filters={filters}
              onFilters={setFilters}
              onAction={(action, item) => void onAction(action, item)}
              rowState={rowState}
              onConfirmDelete={(item) => setRowState({ id: item.id, kind: 'confirm-delete' })}
              onCancel={() => setRowState(null)}
              {...(marks ? { team: marks } : {})}
            />
          </>
        ) : (
          <p class="muted">Loading the library…</p>
        )}
      </section>
    </div>
  );
}
