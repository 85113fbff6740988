import { useEffect, useId, useState } from 'preact/hooks';
import { answerRequest, loadIntroLists, markAnswersSeen, answerKey, type IntroLists } from '../../lib/intros/requests';
import { canonicalUrl } from '../../lib/identity/urls';
import type { IntroAnswer, StoredIntro } from '../../lib/model';
import { errorMessage } from '../error-message';
import { useStoreVersion } from '../hooks';
import { firstName, introStatusWords } from '../words';
import './intros.css';

const INTRO_STORES = ['intros', 'meta'] as const;

/**
 * Intro requests in a team, in the popup and the side panel's flag pane: those waiting for the
 * user's answer first (the toolbar's title counts them; the badge stays the tab's intro count),
 * then the user's own, each answer marked new until seen once.
 */
export function IntroRequests() {
  const version = useStoreVersion(INTRO_STORES);
  const [lists, setLists] = useState<IntroLists>();
  // What was new when first shown stays marked while the list is open; the store forgets it at once.
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    void loadIntroLists().then((loaded) => {
      if (!live) return;
      setLists(loaded);
      if (loaded.unseen.size > 0) {
        setFresh((before) => new Set([...before, ...loaded.unseen]));
        void markAnswersSeen(loaded.mine.filter((intro) => loaded.unseen.has(answerKey(intro))));
      }
    });
    return () => {
      live = false;
    };
  }, [version]);

  if (!lists || (lists.waiting.length === 0 && lists.mine.length === 0)) return null;
  return (
    <section class="intro-requests" aria-labelledby="intro-requests-h">
      {lists.waiting.length > 0 ? (
        <>
          <h2 id="intro-requests-h">Waiting for your answer ({lists.waiting.length})</h2>
          <ul class="list">
            {lists.waiting.map((intro) => (
              <WaitingRequest key={intro.id} intro={intro} />
            ))}
          </ul>
        </>
      ) : (
        <h2 id="intro-requests-h">Your intro requests ({lists.mine.length})</h2>
      )}
      {lists.waiting.length > 0 && lists.mine.length > 0 ? <h2>Your intro requests ({lists.mine.length})</h2> : null}
      {lists.mine.length > 0 ? (
        <ul class="list">
          {lists.mine.slice(0, 20).map((intro) => {
            const isNew = fresh.has(answerKey(intro));
            return (
              <li key={intro.id} class={`card my-request${isNew ? ' new' : ''}`} data-testid="wl-my-request" data-state={intro.state} data-new={isNew ? 'true' : undefined}>
                <div class="row">
                  <strong>{prospectOf(intro)}</strong>
                  {isNew ? <span class="badge badge-new">Answered</span> : null}
                </div>
                <p class="small">{introStatusWords({ state: intro.state, holder: intro.holder.name, note: intro.note })}</p>
                <p class="muted small">{when(intro)}</p>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

const prospectOf = (intro: StoredIntro) => intro.profileName ?? intro.profileSlug;

function when(intro: StoredIntro): string {
  const asked = new Date(intro.createdAt).toLocaleDateString();
  if (intro.state === 'sent') return `Asked ${asked}`;
  return `Asked ${asked} · answered ${new Date(intro.updatedAt).toLocaleString()}`;
}

const ANSWER_WORDS: Record<IntroAnswer, string> = { 'asked-first': 'Asking them first', introduced: 'Introduced', declined: 'Declined' };

/** One request for the user: who asks, for whom, why; answered in one click, with a word for the rep. */
function WaitingRequest({ intro }: { intro: StoredIntro }) {
  const id = useId();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const rep = firstName(intro.requester.name) ?? intro.requester.name;
  const page = canonicalUrl({ kind: intro.profileKind, slug: intro.profileSlug });

  const answer = async (state: IntroAnswer) => {
    if (state === 'declined' && !note.trim()) {
      setProblem(`Say why in the box above: ${rep} sees it.`);
      return;
    }
    setProblem('');
    setBusy(true);
    try {
      await answerRequest(intro, state, note);
    } catch (error) {
      setProblem(`Not saved: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="card request" data-testid="wl-request" data-state={intro.state}>
      <p>
        <strong>{intro.requester.name}</strong> asks for an intro to{' '}
        <a href={page} target="_blank" rel="noopener noreferrer">
          {prospectOf(intro)}
        </a>
        .
      </p>
      {intro.reason ? <p class="reason small">“{intro.reason}”</p> : null}
      {intro.state === 'asked-first' ? <p class="muted small">You said you would ask them first.</p> : null}
      <label for={`${id}-note`} class="small">
        A word for {rep} (how you introduced them, or why not)
      </label>
      <textarea id={`${id}-note`} rows={2} maxLength={1000} value={note} data-testid="wl-request-note" onInput={(e) => setNote(e.currentTarget.value)} />
      <div class="actions row">
        {intro.state === 'sent' ? (
          <button type="button" data-testid="wl-request-ask-first" disabled={busy} onClick={() => void answer('asked-first')}>
            {ANSWER_WORDS['asked-first']}
          </button>
        ) : null}
        <button type="button" class="primary" data-testid="wl-request-introduced" disabled={busy} onClick={() => void answer('introduced')}>
          {ANSWER_WORDS.introduced}
        </button>
        <button type="button" data-testid="wl-request-decline" disabled={busy} onClick={() => void answer('declined')}>
          {ANSWER_WORDS.declined}
        </button>
      </div>
      {problem ? (
        <p class="error small" role="alert">
          {problem}
        </p>
      ) : null}
    </li>
  );
}
