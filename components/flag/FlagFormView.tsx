import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { describedBy, FieldError } from '../FieldError';
import type { FlagErrors } from '../../lib/flags/build';
import type { Answer, FlagField, FlagForm } from '../../lib/flags/form';
import { RELATION_WORDS, STRENGTH_WORDS } from '../words';
import { RELATIONS } from '../../lib/model/relationship';
import { ChoiceChips } from './ChoiceChips';

/** The form's id: the Save button sits in the popup's footer, outside the form, and names it. */
export const FLAG_FORM_ID = 'wl-flag-form';

const RELATION_CHOICES = RELATIONS.map((relation) => ({ value: relation, label: RELATION_WORDS[relation] }));
const STRENGTH_CHOICES = [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: `${n}: ${STRENGTH_WORDS[n]}` }));

type Props = {
  form: FlagForm;
  errors: FlagErrors;
  busy: boolean;
  /** Goes up after each failed save, so focus moves to the first field with a problem. */
  attempt: number;
  onInput<F extends FlagField>(field: F, value: FlagForm[F]): void;
  onSave(): void;
};

/** Order of the fields on screen, for focusing the first one with a problem. */
const FIELD_ORDER: FlagField[] = [
  'name', 'company', 'url', 'relation', 'strength', 'howWeKnow', 'canIntro', 'notes',
  'operationallyReady', 'yearsInIndustry', 'forwardLooking', 'vendorHistory',
];

const value = (event: Event) => (event.target as HTMLInputElement).value;

/** The form's problem with one field, in the shape FieldError takes. */
const problem = (field: FlagField, errors: FlagErrors) => ({ id: `err-${field}`, message: errors[field] });

/** aria-invalid and aria-describedby for a control whose problem shows under it. */
function invalid(field: FlagField, errors: FlagErrors) {
  return describedBy(`err-${field}`, errors[field]);
}

function AnswerSelect(props: { id: FlagField; label: ComponentChildren; value: Answer; onChange(value: Answer): void }) {
  return (
    <label>
      {props.label}
      <select id={`f-${props.id}`} name={props.id} value={props.value} onChange={(e) => props.onChange(value(e) as Answer)}>
        <option value="unknown">Don't know</option>
        <option value="yes">Yes</option>
        <option value="no">No</option>
      </select>
    </label>
  );
}

export function FlagFormView({ form, errors, busy, attempt, onInput, onSave }: Props) {
  const formRef = useRef<HTMLFormElement>(null);
  const isPerson = form.scope === 'person';
  const hasQualification =
    form.operationallyReady !== 'unknown' || form.forwardLooking !== 'unknown' || !!form.yearsInIndustry || !!form.vendorHistory;
  const qualificationError = errors.yearsInIndustry || errors.vendorHistory || errors.operationallyReady || errors.forwardLooking;

  useEffect(() => {
    if (attempt === 0) return;
    const first = FIELD_ORDER.find((field) => errors[field]);
    if (!first) return;
    const details = formRef.current?.querySelector('details');
    if (details && ['operationallyReady', 'yearsInIndustry', 'forwardLooking', 'vendorHistory'].includes(first)) details.open = true;
    formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }, [attempt]);

  /** Relation and strength: every choice on view, over the select that keyboards and tests use. */
  const choice = (field: 'relation' | 'strength', label: string, look: 'chips' | 'stars', options: ReadonlyArray<{ value: string; label: string }>) => (
    <>
      <label for={`f-${field}`}>{label}</label>
      <ChoiceChips
        id={`f-${field}`}
        name={field}
        testId={`wl-flag-${field}`}
        look={look}
        value={form[field]}
        options={options}
        onChange={(v) => onInput(field, v as FlagForm[typeof field])}
        invalid={invalid(field, errors)}
      />
      <FieldError {...problem(field, errors)} />
    </>
  );

  const submit = (event: Event) => {
    event.preventDefault();
    if (!busy) onSave();
  };
  // Enter saves from any control, not only text inputs (which submit by themselves);
  // in a text area Enter is a new line and Ctrl/Cmd+Enter saves.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.isComposing) return;
    const target = event.target as HTMLElement;
    const isToggle = target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio');
    const saves = target instanceof HTMLSelectElement || isToggle || (target instanceof HTMLTextAreaElement && (event.ctrlKey || event.metaKey));
    if (!saves) return;
    event.preventDefault();
    formRef.current?.requestSubmit();
  };

  return (
    <form ref={formRef} id={FLAG_FORM_ID} class="flag-form" data-testid="wl-flag-form" onSubmit={submit} onKeyDown={onKeyDown} noValidate>
      <fieldset class="scope">
        <legend>Flag</legend>
        <label class="inline">
          <input type="radio" name="scope" value="person" checked={isPerson} onChange={() => onInput('scope', 'person')} />
          A person
        </label>
        <label class="inline">
          <input type="radio" name="scope" value="company" checked={!isPerson} onChange={() => onInput('scope', 'company')} />
          A company (we know people there)
        </label>
      </fieldset>

      <label>
        {isPerson ? 'Name' : 'Contact there (optional)'}
        <input
          name="name"
          data-testid="wl-flag-name"
          autocomplete="off"
          value={form.name}
          onInput={(e) => onInput('name', value(e))}
          {...invalid('name', errors)}
        />
      </label>
      <FieldError {...problem('name', errors)} />

      <label>
        {isPerson ? 'Company (optional)' : 'Company'}
        <input
          name="company"
          data-testid="wl-flag-company"
          autocomplete="off"
          value={form.company}
          onInput={(e) => onInput('company', value(e))}
          {...invalid('company', errors)}
        />
      </label>
      <FieldError {...problem('company', errors)} />

      <label>
        LinkedIn URL <span class="muted">(paste to fill)</span>
        <input
          name="url"
          data-testid="wl-flag-url"
          type="url"
          inputMode="url"
          autocomplete="off"
          placeholder={isPerson ? 'https://www.linkedin.com/in/…' : 'https://www.linkedin.com/company/…'}
          value={form.url}
          onInput={(e) => onInput('url', value(e))}
          {...invalid('url', errors)}
        />
      </label>
      <FieldError {...problem('url', errors)} />

      {choice('relation', 'How you know them', 'chips', RELATION_CHOICES)}
      {choice('strength', 'How well', 'stars', STRENGTH_CHOICES)}

      <label>
        How we know them <span class="muted">(optional)</span>
        <input
          name="howWeKnow"
          value={form.howWeKnow}
          placeholder="e.g. worked together at Globex, 2019–2022"
          onInput={(e) => onInput('howWeKnow', value(e))}
          {...invalid('howWeKnow', errors)}
        />
      </label>
      <FieldError {...problem('howWeKnow', errors)} />

      <label class="inline check">
        <input
          type="checkbox"
          name="canIntro"
          checked={form.canIntro}
          onChange={(e) => onInput('canIntro', (e.target as HTMLInputElement).checked)}
        />
        I agree to introduce reps to them
      </label>

      <label>
        Notes <span class="muted">(optional)</span>
        <textarea
          name="notes"
          data-testid="wl-flag-notes"
          rows={2}
          value={form.notes}
          onInput={(e) => onInput('notes', value(e))}
          {...invalid('notes', errors)}
        />
      </label>
      <FieldError {...problem('notes', errors)} />

      <details open={hasQualification || !!qualificationError}>
        <summary>Qualification <span class="muted">(optional)</span></summary>
        <AnswerSelect
          id="operationallyReady"
          label="Operationally sound and at capacity, so ready for a partner?"
          value={form.operationallyReady}
          onChange={(v) => onInput('operationallyReady', v)}
        />
        <label>
          Years in the industry
          <input
            name="yearsInIndustry"
            type="number"
            min={0}
            step={1}
            inputMode="numeric"
            value={form.yearsInIndustry}
            onInput={(e) => onInput('yearsInIndustry', value(e))}
            {...invalid('yearsInIndustry', errors)}
          />
        </label>
        <FieldError {...problem('yearsInIndustry', errors)} />
        <AnswerSelect
          id="forwardLooking"
          label="Forward-looking: talks about the future, innovates?"
          value={form.forwardLooking}
          onChange={(v) => onInput('forwardLooking', v)}
        />
        <label>
          Vendor history: how their vendor relationships began, went and ended
          <textarea
            name="vendorHistory"
            rows={2}
            value={form.vendorHistory}
            onInput={(e) => onInput('vendorHistory', value(e))}
            {...invalid('vendorHistory', errors)}
          />
        </label>
        <FieldError {...problem('vendorHistory', errors)} />
      </details>

      {errors.form ? (
        <p class="error" role="alert">
          {errors.form}
        </p>
      ) : null}
    </form>
  );
}
