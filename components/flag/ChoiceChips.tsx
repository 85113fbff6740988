import type { describedBy } from '../FieldError';

type Option = { value: string; label: string };

type Props = {
  id: string;
  name: string;
  testId: string;
  value: string;
  options: readonly Option[];
  onChange(value: string): void;
  /** How each choice is drawn (a chip with its words, a star). */
  look: 'chips' | 'stars';
  /** aria-invalid and aria-describedby, when the field has a problem. */
  invalid?: ReturnType<typeof describedBy>;
};

/**
 * Every choice on view at once, picked in one click, never clipped ("Former colleagu"). The
 * control underneath is a native select, laid over the choices and invisible: it is what the
 * keyboard and screen readers use (and what tests set), and the choices drawn over it follow its
 * value. The drawn choices are for the pointer only, so assistive technology meets one control.
 */
export function ChoiceChips({ id, name, testId, value, options, onChange, look, invalid }: Props) {
  const chosen = options.find((option) => option.value === value);
  return (
    <div class={`choices ${look}`}>
      <select
        id={id}
        name={name}
        class="choices-control"
        data-testid={testId}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        {...invalid}
      >
        {value === '' ? (
          <option value="" disabled>
            Choose…
          </option>
        ) : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <div class="choices-row" aria-hidden="true">
        {options.map((option, index) => {
          const on = look === 'stars' ? chosen !== undefined && index <= options.indexOf(chosen) : option.value === value;
          return (
            <span
              key={option.value}
              class={on ? 'choice on' : 'choice'}
              title={option.label}
              onClick={() => {
                onChange(option.value);
                document.getElementById(id)?.focus();
              }}
            >
              {look === 'stars' ? (on ? '★' : '☆') : option.label}
            </span>
          );
        })}
        {look === 'stars' ? <span class="choice-words">{chosen?.label.replace(/^\d+: /, '') ?? ''}</span> : null}
      </div>
    </div>
  );
}
