import { useState } from 'preact/hooks';
import type { FeedbackVerdict } from '../lib/model/activity';
import { OBJECTION_TAGS, type ObjectionTag } from '../lib/model/vocabulary';
import type { FeedbackOutcome, Outcome } from '../lib/protocol/replies';
import { guardMark, UNGUARDED, type ButtonGuard } from './button-guard';
import { errorMessage } from './error-message';
import { OBJECTION_WORDS } from './words';

/** What the rep said: a verdict, or an objection with its words and what it was about. */
export type VerdictInput = { verdict: 'worked' | 'didnt-land' } | { verdict: 'objection'; text: string; tag: ObjectionTag };

type Props = {
  title: string;
  /** Keeps the verdict (the panel through the background, the options page in its store). */
  record(input: VerdictInput): Promise<FeedbackOutcome>;
  /** Takes a verdict just given back. */
  undo(feedbackId: string): Promise<Outcome>;
  /** Told once a verdict is kept or taken back (a list may drop or keep the row). */
  onChange?(given: boolean): void;
  /** In LinkedIn's page, a verdict counts only from a button the rep could see (the panel's guard). */
  guard?: ButtonGuard;
};

const VERDICT_DONE: Record<FeedbackVerdict, string> = {
  worked: 'Marked as worked. Thanks.',
  'didnt-land': "Marked as didn't land. Thanks.",
  objection: 'Objection logged. Thanks.',
};

const isTag = (value: string): value is ObjectionTag => (OBJECTION_TAGS as readonly string[]).includes(value);

/**
 * "Did it land?" for an item used earlier (in the panel on the next visit, on the options page
 * from the list of uses waiting for a verdict): one click for a verdict, which Undo takes back; an
 * objection says in a few words what they said and what it was about (no kind is assumed: a
 * competitor is not a price objection).
 */
export function VerdictBar({ title, record: keep, undo: takeBack, onChange, guard = UNGUARDED }: Props) {
  const [given, setGiven] = useState<{ verdict: FeedbackVerdict; feedbackId: string } | null>(null);
  const [objectionOpen, setObjectionOpen] = useState(false);
  const [text, setText] = useState('');
  const [tag, setTag] = useState<ObjectionTag | ''>('');
  const [message, setMessage] = useState('');

  const record = async (input: VerdictInput) => {
    const outcome = await keep(input).catch((error: unknown): FeedbackOutcome => ({ ok: false, error: errorMessage(error) }));
    if (!outcome.ok) return setMessage(`Not logged: ${outcome.error}`);
    setGiven({ verdict: input.verdict, feedbackId: outcome.feedbackId });
    setMessage(VERDICT_DONE[input.verdict]);
    setObjectionOpen(false);
    onChange?.(true);
  };
  const saveObjection = async () => {
    if (!text.trim()) return setMessage('Say in a few words what they said.');
    if (!tag) return setMessage('Choose what the objection was about.');
    await record({ verdict: 'objection', text, tag });
    setText('');
    setTag('');
  };
  const save = guard.records(saveObjection);
  const watched = guardMark(guard);
  const undo = async () => {
    if (!given) return;
    const outcome = await takeBack(given.feedbackId).catch((error: unknown): Outcome => ({ ok: false, error: errorMessage(error) }));
    if (!outcome.ok) return setMessage(`Not undone: ${outcome.error}`);
    setGiven(null);
    setMessage('Taken back. Did it land?');
    onChange?.(false);
  };

  return (
    <div class="feedback" data-testid="wl-feedback" role="group" aria-label={`Did “${title}” land?`}>
      {given ? (
        <div class="actions">
          <button type="button" data-testid="wl-feedback-undo" onClick={undo}>
            Undo
          </button>
        </div>
      ) : (
        <div class="actions">
          <button type="button" data-testid="wl-feedback-worked" data-guard={watched} onClick={guard.records(() => record({ verdict: 'worked' }))}>
            Worked
          </button>
          <button type="button" data-testid="wl-feedback-didnt" data-guard={watched} onClick={guard.records(() => record({ verdict: 'didnt-land' }))}>
            Didn't land
          </button>
          <button type="button" data-testid="wl-feedback-objection" aria-expanded={objectionOpen} onClick={() => setObjectionOpen(!objectionOpen)}>
            Objection heard
          </button>
        </div>
      )}
      {objectionOpen && !given ? (
        // Enter in a field submits by clicking Save (implicit submission): the guard judges by that button.
        <form class="objection" noValidate onSubmit={(event) => event.preventDefault()}>
          <label>
            What did they say? (a few words)
            <input data-testid="wl-objection-text" maxLength={280} value={text} onInput={(event) => setText(event.currentTarget.value)} />
          </label>
          <label>
            What was it about?
            <select data-testid="wl-objection-tag" value={tag} onChange={(event) => setTag(isTag(event.currentTarget.value) ? event.currentTarget.value : '')}>
              <option value="">Choose…</option>
              {OBJECTION_TAGS.map((option) => (
                <option key={option} value={option}>
                  {OBJECTION_WORDS[option]}
                </option>
              ))}
            </select>
          </label>
          <div class="actions">
            <button type="submit" class="primary" data-testid="wl-objection-save" data-guard={watched} onClick={save}>
              Save objection
            </button>
          </div>
        </form>
      ) : null}
      <p class="status" role="status" aria-live="polite" data-testid="wl-feedback-status">
        {message}
      </p>
    </div>
  );
}
