import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../error-message';
import { browser } from 'wxt/browser';
import { listConflicts, listRelationships, type StoreName } from '../../lib/db';
import type { FlagErrors } from '../../lib/flags/build';
import { clearDraft, draftKeyFor, loadDraft, saveDraft } from '../../lib/flags/draft';
import { findFlagForForm } from '../../lib/flags/duplicates';
import { applyInput, emptyForm, formFromRelationship, formFromSnapshot, type FlagField, type FlagForm } from '../../lib/flags/form';
import { flagTitle } from '../../lib/flags/mine';
import { saveFlag } from '../../lib/flags/save';
import { UNDO_MS, deleteFlag, restoreFlag } from '../../lib/flags/undo';
import { canonicalUrl } from '../../lib/identity/urls';
import type { ProfileSnapshot, Share, StoredRelationship } from '../../lib/model';
import { useTeamSession } from '../useTeam';
import { listWords } from '../words';
import { useAsync, useStoreVersion } from '../hooks';
import { useSettings } from '../useSettings';
import { FlagConflicts } from './FlagConflicts';
import { ShareSelect } from './ShareSelect';
import { browserDraftStorage, serialQueue } from './draft-storage';
import { AlsoKnown } from './AlsoKnown';
import { FLAG_FORM_ID, FlagFormView } from './FlagFormView';
import { MyFlags } from './MyFlags';
import { StaleFlags } from './StaleFlags';
import { WhoAreYou } from './WhoAreYou';
import { NewForYou } from '../NewForYou';
import { IntroRequests } from '../intros/IntroRequests';
import { useUnseenFromStore } from '../useUnseenFromStore';

const RELATIONSHIP_STORES: StoreName[] = ['relationships', 'conflicts'];

type Notice = { text: string; tone: 'ok' | 'warn' | 'muted' };

/** Whom a flag is about: the tab the form acts for and the profile its content script read (null: typed by hand). */
export type Target = { tabId?: number; snapshot: ProfileSnapshot | null };

/**
 * The marketer's quick flag for one target, the same in the toolbar popup and the side panel: who
 * the user is first (once), then the form prefilled from the profile, their flags, and Save.
 */
export function FlagPanel({ target, named = true }: { target: Target; /** Its own "Warmline" title (the side panel's header has one). */ named?: boolean }) {
  const [settings, loaded] = useSettings();

  if (!loaded) return <p class="muted pad">Loading…</p>;
  if (!settings.name.trim()) {
    return (
      <div class="flag-panel">
        <Header target={target} named={named} />
        <WhoAreYou />
      </div>
    );
  }
  return <Flagging target={target} named={named} userName={settings.name} settings={settings} />;
}

function Header({ target, named, userName }: { target: Target; named: boolean; userName?: string }) {
  const snapshot = target.snapshot;
  const about = snapshot ? [snapshot.fullName, snapshot.title ?? snapshot.headline].filter(Boolean).join(' · ') : '';
  return (
    <header class="flag-head">
      {named ? <h1>Warmline</h1> : null}
      {snapshot ? (
        <p class="muted">{about || (snapshot.kind === 'company' ? 'This company page' : 'This profile')}</p>
      ) : (
        <p class="muted">Not on a LinkedIn profile: type the details, or paste a LinkedIn URL.</p>
      )}
      {userName ? (
        <p class="muted small">
          Flagging as <strong>{userName}</strong>{' '}
          <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
            change
          </button>
        </p>
      ) : null}
    </header>
  );
}

/** Who sees a saved flag, said after saving. */
function whoSees(stored: StoredRelationship, teams: string[] | undefined): string {
  if (stored.meta.origin.kind !== 'team' || !teams) return 'Reps now see it as a warm intro.';
  if (stored.meta.team?.share === 'private') return 'Private: only you see it.';
  return `Shared with ${listWords(teams)}: their panels show it as a warm intro.`;
}

type FlaggingProps = { target: Target; named: boolean; userName: string; settings: { name: string; email: string; team: string } };

function Flagging({ target, named, userName, settings }: FlaggingProps) {
  const snapshot = target.snapshot;
  const draftKey = draftKeyFor(snapshot ? canonicalUrl({ kind: snapshot.kind, slug: snapshot.slug }) : undefined);
  const baseForm = () => (snapshot ? formFromSnapshot(snapshot) : emptyForm());

  const [form, setFormState] = useState<FlagForm>();
  const [editingId, setEditingId] = useState<string>();
  const [errors, setErrors] = useState<FlagErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [undo, setUndo] = useState<StoredRelationship>();
  const formRef = useRef<FlagForm | undefined>(undefined);
  const editingRef = useRef<string | undefined>(undefined);
  const queue = useRef(serialQueue()).current;
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const undoButton = useRef<HTMLButtonElement>(null);

  const version = useStoreVersion(RELATIONSHIP_STORES);
  const unseen = useUnseenFromStore(userName);
  const { value: all } = useAsync(() => listRelationships(), [version]);
  const { value: conflicts } = useAsync(() => listConflicts(), [version]);
  const [session] = useTeamSession();
  const [share, setShare] = useState<Share>('team');
  const editing = editingId ? all?.find((rel) => rel.id === editingId) : undefined;
  const editingShare = editing?.meta.team?.share;
  // An edited team flag keeps its sharing unless changed here; a new one is shared by default.
  useEffect(() => setShare(editingShare ?? 'team'), [editingId, editingShare]);

  const show = (next: FlagForm, nextEditingId: string | undefined) => {
    formRef.current = next;
    editingRef.current = nextEditingId;
    setFormState(next);
    setEditingId(nextEditingId);
    setErrors({});
  };
  const keepDraft = () => {
    const current = formRef.current;
    if (!current) return;
    const editing = editingRef.current;
    void queue(() => saveDraft(browserDraftStorage, draftKey, { form: current, ...(editing ? { editingId: editing } : {}) }));
  };
  const dropDraft = () => void queue(() => clearDraft(browserDraftStorage, draftKey));

  // Open on: the kept draft, else the user's existing flag for this profile, else the prefill.
  useEffect(() => {
    let live = true;
    (async () => {
      const draft = await loadDraft(browserDraftStorage, draftKey);
      if (!live) return;
      if (draft) {
        show(draft.form, draft.editingId);
        setNotice({ text: 'Your unsaved changes are back.', tone: 'muted' });
        return;
      }
      const prefill = baseForm();
      const existing = snapshot ? await findFlagForForm(prefill, userName) : undefined;
      if (!live) return;
      if (existing) {
        show(formFromRelationship(existing), existing.id);
        setNotice({ text: `You flagged ${flagTitle(existing)} before: edit that flag here.`, tone: 'muted' });
      } else {
        show(prefill, undefined);
      }
    })().catch((e: unknown) => {
      show(baseForm(), undefined);
      setNotice({ text: `Could not read your flags: ${errorMessage(e)}`, tone: 'warn' });
    });
    return () => {
      live = false;
    };
  }, [draftKey]);

  useEffect(() => () => clearTimeout(undoTimer.current), []);

  const onInput = <F extends FlagField>(field: F, value: FlagForm[F]) => {
    if (!formRef.current) return;
    const next = applyInput(formRef.current, field, value);
    formRef.current = next;
    setFormState(next);
    setErrors((previous) => {
      if (!previous[field] && !(field === 'url' && previous.name)) return previous;
      const { [field]: _gone, ...rest } = previous;
      return rest;
    });
    keepDraft();
  };

  const startNew = () => {
    show(baseForm(), undefined);
    setNotice(undefined);
    dropDraft();
  };

  const editFlag = (rel: StoredRelationship) => {
    show(formFromRelationship(rel), rel.id);
    setNotice({ text: `Editing your flag for ${flagTitle(rel)}.`, tone: 'muted' });
    keepDraft();
    document.querySelector<HTMLInputElement>('[data-testid="wl-flag-name"]')?.focus();
    window.scrollTo({ top: 0 });
  };

  const save = async () => {
    const current = formRef.current;
    if (!current) return;
    setBusy(true);
    try {
      const outcome = await saveFlag(current, { settings, editingId: editingRef.current, ...(session ? { share } : {}) });
      if (outcome.kind === 'invalid') {
        setErrors(outcome.errors);
        setAttempt((n) => n + 1);
        setNotice({ text: 'Not saved: check the fields marked in red.', tone: 'warn' });
      } else if (outcome.kind === 'duplicate') {
        show(formFromRelationship(outcome.existing), outcome.existing.id);
        keepDraft();
        setNotice({
          text: `${flagTitle(outcome.existing)} is already in your flags, so that flag is open to edit instead of adding a second one. Change it and save.`,
          tone: 'warn',
        });
      } else {
        dropDraft();
        const title = flagTitle(outcome.stored);
        // On a profile the saved flag stays open (it is this profile's flag); by hand, start afresh.
        if (snapshot) show(formFromRelationship(outcome.stored), outcome.stored.id);
        else show(emptyForm(), undefined);
        setNotice({ text: `${outcome.created ? 'Saved' : 'Updated'}: ${title}. ${whoSees(outcome.stored, session?.teams.map((team) => team.name))}`, tone: 'ok' });
      }
    } catch (e) {
      setNotice({ text: `Could not save: ${errorMessage(e)}`, tone: 'warn' });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (rel: StoredRelationship) => {
    try {
      const deleted = await deleteFlag(rel.id);
      if (!deleted) return;
      if (editingRef.current === rel.id) {
        show(baseForm(), undefined);
        dropDraft();
      }
      clearTimeout(undoTimer.current);
      setUndo(deleted);
      setNotice(undefined);
      undoTimer.current = setTimeout(() => setUndo(undefined), UNDO_MS);
      // The Delete button is gone: keyboard focus goes to Undo.
      requestAnimationFrame(() => undoButton.current?.focus());
    } catch (e) {
      setNotice({ text: `Could not delete: ${errorMessage(e)}`, tone: 'warn' });
    }
  };

  const undoDelete = async () => {
    const deleted = undo;
    if (!deleted) return;
    clearTimeout(undoTimer.current);
    setUndo(undefined);
    try {
      await restoreFlag(deleted);
      setNotice({ text: `Restored ${flagTitle(deleted)}.`, tone: 'ok' });
    } catch (e) {
      setNotice({ text: `Could not restore: ${errorMessage(e)}`, tone: 'warn' });
    }
  };

  return (
    <div class="flag-panel">
      <Header target={target} named={named} userName={userName} />
      <NewForYou compact {...unseen} />
      {session ? <IntroRequests /> : null}
      {snapshot ? <AlsoKnown snapshot={snapshot} userName={userName} version={version} /> : null}
      {editingId && form ? (
        <div class="editing row">
          <span>Editing a saved flag.</span>
          <button type="button" class="link" onClick={startNew}>
            Start a new flag instead
          </button>
        </div>
      ) : null}
      {form ? (
        <FlagFormView form={form} errors={errors} busy={busy} attempt={attempt} onInput={onInput} onSave={() => void save()} />
      ) : (
        <p class="muted">Loading…</p>
      )}
      {form && session ? <ShareSelect session={session} editing={editing} value={share} onChange={setShare} /> : null}
      <FlagConflicts conflicts={conflicts ?? []} all={all} />
      <StaleFlags all={all} userName={userName} onDrop={(rel) => void remove(rel)} />
      <MyFlags all={all} userName={userName} editingId={editingId} onEdit={editFlag} onDelete={(rel) => void remove(rel)} />
      {/* Always on view, whatever is scrolled: Save, and what just happened. */}
      <footer class="save-bar">
        {undo ? (
          <div class="undo" role="status">
            <span>Deleted {flagTitle(undo)}.</span>
            <button type="button" ref={undoButton} data-testid="wl-flag-undo" onClick={() => void undoDelete()}>
              Undo
            </button>
          </div>
        ) : (
          <p class={`notice ${notice?.tone ?? ''}`} role="status" aria-live="polite" data-testid="wl-flag-status">
            {notice?.text ?? ''}
          </p>
        )}
        <button type="submit" form={FLAG_FORM_ID} class="primary" data-testid="wl-flag-save" disabled={busy || !form}>
          {editingId ? 'Save changes' : 'Save flag'}
        </button>
      </footer>
    </div>
  );
}
