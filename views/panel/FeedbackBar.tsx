import { useState } from 'preact/hooks';
import { OBJECTION_TAGS, recordFeedback, type FeedbackInput, type ObjectionTag } from '../../lib/actions/feedback';
import type { ProfileSnapshot } from '../../lib/model/profile';

type Props = { contentId: string; profile: ProfileSnapshot; actor?: string };

const VERDICT_DONE: Record<FeedbackInput['verdict'], string> = {
  worked: 'Marked as worked. Thanks.',
  'didnt-land': "Marked as didn't land. Thanks.",
  objection: 'Objection logged. Thanks.',
};

/** "Did it land?" after a rep used an item: one click for a verdict, two for an objection. */
export function FeedbackBar({ contentId, profile, actor }: Props) {
  const [verdict, setVerdict] = useState<'worked' | 'didnt-land' | null>(null);
  const [objectionOpen, setObjectionOpen] = useState(false);
  const [text, setText] = useState('');
  const [tag, setTag] = useState<ObjectionTag>('price');
  const [message, setMessage] = useState('');

  const send = async (input: FeedbackInput) => {
    try {
      await recordFeedback(input, profile, { contentId, ...(actor ? { actor } : {}) });
      setMessage(VERDICT_DONE[input.verdict]);
      return true;
    } catch (error) {
      setMessage(`Not logged: ${(error as Error).message}`);
      return false;
    }
  };
  const mark = async (value: 'worked' | 'didnt-land') => {
    if (await send({ verdict: value })) setVerdict(value);
  };
  const saveObjection = async (event: Event) => {
    event.preventDefault();
    if (await send({ verdict: 'objection', text, tag })) {
      setText('');
      setObjectionOpen(false);
    }
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
              onInput={(event) => setText((event.target as HTMLInputElement).value)}
            />
          </label>
          <label>
            Kind of objection
            <select data-testid="wl-objection-tag" value={tag} onChange={(event) => setTag((event.target as HTMLSelectElement).value as ObjectionTag)}>
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
