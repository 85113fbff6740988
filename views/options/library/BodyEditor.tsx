import { useRef, useState } from 'preact/hooks';
import { TOKENS, unknownTokens } from '../../../lib/model/content';
import { personalize, valuesFor } from '../../../lib/personalize';
import { prospectTokensIn } from '../../../lib/personalize/gaps';
import { unknownTokenMessage, type FieldIssues } from '../../../lib/library/item-form';
import { DEFAULT_SAMPLE, SAMPLE_PROSPECTS } from '../../../lib/library/sample-prospects';
import { PersonalizedText } from '../../../components/PersonalizedText';
import { FieldError } from '../../../components/FieldError';
import { Hint, issueOf, issueProps } from './fields';

type Props = {
  body: string;
  /** Posts are shared publicly: prospect tokens keep them from being shared. */
  kind: string;
  onChange(body: string): void;
  issues: FieldIssues;
  senderName: string;
};

/** The body with its tokens one click away, unknown tokens flagged as you type, and a live preview. */
export function BodyEditor({ body, kind, onChange, issues, senderName }: Props) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [sampleId, setSampleId] = useState(DEFAULT_SAMPLE.id);
  const sample = SAMPLE_PROSPECTS.find((prospect) => prospect.id === sampleId) ?? DEFAULT_SAMPLE;

  // Write the new text and caret straight into the textarea and focus it in the same click, so
  // typing that follows lands after the token; the re-render then finds the value already there.
  const insert = (token: string) => {
    const text = `{{${token}}}`;
    const element = textarea.current;
    if (!element) return onChange(body + text);
    const start = element.selectionStart ?? body.length;
    const end = element.selectionEnd ?? body.length;
    const next = body.slice(0, start) + text + body.slice(end);
    element.value = next;
    element.focus();
    element.setSelectionRange(start + text.length, start + text.length);
    onChange(next);
  };

  const unknown = unknownTokens(body);
  // Until a save is tried, the live check is the only body issue; after it, the schema's too.
  const liveIssues: FieldIssues = unknown.length
    ? { ...issues, body: [...new Set([...unknown.map((token) => unknownTokenMessage(`{{${token}}}`)), ...(issues.body ?? [])])] }
    : issues;
  const segments = personalize(body, valuesFor(sample.profile, { name: senderName }));
  // A token Warmline does not know is refused on save; only known ones are gaps a rep fills.
  const gaps = segments.filter((segment) => segment.kind === 'gap' && !unknown.includes(segment.token)).length;
  const publicPost = kind === 'post' && prospectTokensIn(body).length > 0;

  return (
    <div class="wl-lib-body">
      <label for="wl-lib-body">Body</label>
      <div class="wl-lib-tokens" role="group" aria-label="Insert a token at the cursor">
        <span class="muted">Tokens:</span>
        {TOKENS.map((token) => (
          <button type="button" key={token} class="wl-lib-token" data-testid={`wl-lib-token-${token}`} onClick={() => insert(token)}>
            {`{{${token}}}`}
          </button>
        ))}
      </div>
      <textarea
        id="wl-lib-body"
        ref={textarea}
        rows={7}
        maxLength={5000}
        data-testid="wl-lib-body"
        value={body}
        onInput={(event) => onChange((event.target as HTMLTextAreaElement).value)}
        {...issueProps(liveIssues, 'body', 'wl-lib-body-hint')}
      />
      <Hint id="wl-lib-body-hint">{body.length} / 5000 characters. Only the tokens above are allowed.</Hint>
      <FieldError {...issueOf(liveIssues, 'body')} />
      <div class="wl-lib-preview card" aria-labelledby="wl-lib-preview-h">
        <div class="row">
          <h3 id="wl-lib-preview-h">Preview</h3>
          <label class="wl-lib-inline">
            as sent to
            <select value={sampleId} data-testid="wl-lib-preview-sample" onChange={(event) => setSampleId((event.target as HTMLSelectElement).value)}>
              {SAMPLE_PROSPECTS.map((prospect) => (
                <option key={prospect.id} value={prospect.id}>
                  {prospect.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div data-testid="wl-lib-preview" aria-live="polite">
          {body ? <PersonalizedText segments={segments} /> : <p class="muted">Write the body to see it here.</p>}
        </div>
        {gaps ? (
          <p class="warn">
            {gaps === 1 ? 'One value is' : `${gaps} values are`} not known for this sample: the rep fills {gaps === 1 ? 'it' : 'them'} in
            before sending{senderName ? '' : ' (your own name comes from Settings)'}.
          </p>
        ) : null}
        {unknown.length ? <p class="error">{unknown.map((token) => `{{${token}}}`).join(', ')} cannot be saved: it is not a token Warmline fills in.</p> : null}
        {publicPost ? (
          <p class="warn" data-testid="wl-lib-post-names">
            A post is shared publicly, where it is never filled with one prospect’s details: reps can copy it into a message, but not
            share it, while it names the prospect.
          </p>
        ) : null}
      </div>
    </div>
  );
}
