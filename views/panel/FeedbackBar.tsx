import { useState } from 'preact/hooks';
import type { FeedbackVerdict } from '../../lib/model/activity';
import type { ProfileSnapshot } from '../../lib/model/profile';
import { OBJECTION_TAGS, type ObjectionTag } from '../../lib/model/vocabulary';
import { send } from '../../lib/protocol/send';
import type { RequestOf } from '../../lib/protocol/types';
import type { Outcome } from '../../lib/protocol/replies';
import { errorMessage } from '../../components/error-message';

type Props = { contentId: string; profile: ProfileSnapshot };

const VERDICT_DONE: Record<FeedbackVerdict, string> = {
  worked: 'Marked as worked. Thanks.',
  'didnt-land': "Marked as didn't land. Thanks.",
  objection: 'Objection logged. Thanks.',
};

/** "Did it land?" after a rep used an item: one click for a verdict, two for an objection. */
export function FeedbackBar({ contentId, profile }: Props) {
  const [verdict, setVerdict] = useState<'worked' | 'didnt-land' | null>(null);
  const [objectionOpen, setObjectionOpen] = useState(false);
  const [text, setText] = useState('');
  const [tag, setTag] = useState<ObjectionTag>('price');
  const [message, setMessage] = useState('');

  const record = async (feedback: Pick<RequestOf<'feedback:record'>, 'verdict' | 'text' | 'tag'>) => {
    const outcome = await send('feedback:record', { profile, contentId, ...feedback }).catch(
      (error: unknown): Outcome => ({ ok: false, error: errorMessage(error) }),
    );
    setMessage(outcome.ok ? VERDICT_DONE[feedback.verdict] : `Not logged: ${outcome.error}`);
    return outcome.ok;
  };
  const mark = async (value: 'worked' | 'didnt-land') => {
    if (await record({ verdict: value })) setVerdict(value);
  };
  const saveObjection = async (event: Event) => {
    event.preventDefault();
    if (await record({ verdict: 'objection', text, tag })) {
      setText('');
      setObjectionOpen(false);
    }
  };
  const pickTag = (value: string) => {
    const picked = OBJECTION_TAGS.find((option) => option === value);
    if (picked) setTag(picked);
  };

  return (
    <div class="feedback" data-testid="wl-feedback" role="group" aria-label="Did it land?">
      <p class="muted">Did it land?</p>
      <div class="actions">
        {verdict ? null : (
          <>
            <button type="button" data-testid="wl-feedback-worked" onClick={() => mark('worked')}>
              Worked
            </button>
            <button type="button" data-testid="wl-feedback-didnt" onClick={() => mark('didnt-land')}>
              Didn't land
            </button>
          </>
        )}
        <button
          type="button"
          data-testid="wl-feedback-objection"
          aria-expanded={objectionOpen}
          onClick={() => setObjectionOpen(!objectionOpen)}
        >
          Objection heard
        </button>
      </div>
      {objectionOpen ? (
        <form class="objection" onSubmit={saveObjection}>
          <label>
            What did they say? (a few words)
            <input
              data-testid="wl-objection-text"
              maxLength={280}
              required
              value={text}
              onInput={(event) => setText(event.currentTarget.value)}
            />
          </label>
          <label>
            Kind of objection
            <select data-testid="wl-objection-tag" value={tag} onChange={(event) => pickTag(event.currentTarget.value)}>
              {OBJECTION_TAGS.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </label>
          <div class="actions">
            <button type="submit" class="primary" data-testid="wl-objection-save">
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
