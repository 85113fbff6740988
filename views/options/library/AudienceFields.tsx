import { useMemo } from 'preact/hooks';
import { whoWouldSee } from '../../../lib/library/audience-preview';
import { itemFromForm, type FieldIssues, type ItemForm } from '../../../lib/library/item-form';
import { SAMPLE_PROSPECTS } from '../../../lib/library/sample-prospects';
import { SENIORITIES, type Seniority } from '../../../lib/model/content';
import { FieldError } from '../../../components/FieldError';
import { issueOf, issueProps } from './fields';
import { SENIORITY_WORDS } from '../../../components/words';

type Props = { form: ItemForm; issues: FieldIssues; update(patch: Partial<ItemForm>): void };

const LIST_FIELDS = [
  { field: 'titles', label: 'Title keywords', placeholder: 'marketing, demand gen', hint: 'matched in their title or headline' },
  { field: 'industries', label: 'Industries', placeholder: 'Robotics, Retail', hint: '' },
  { field: 'companies', label: 'Companies', placeholder: 'Acme Robotics, Northwind Traders', hint: '' },
] as const;

/** Who the item is for, and which sample prospects that would reach, with the reasons a rep reads. */
export function AudienceFields({ form, issues, update }: Props) {
  const toggle = (seniority: Seniority, on: boolean) =>
    update({ seniorities: on ? [...form.seniorities, seniority] : form.seniorities.filter((s) => s !== seniority) });

  // The preview needs only the audience; a placeholder body keeps it working while the rest is unfinished.
  const verdicts = useMemo(() => {
    const result = itemFromForm({ ...form, title: 'preview', body: 'preview', url: '', validFrom: '', expiresAt: '' }, new Date());
    return result.ok ? whoWouldSee(result.item, SAMPLE_PROSPECTS, new Date()) : [];
  }, [form.titles, form.seniorities, form.industries, form.companies]);

  return (
    <fieldset class="wl-lib-audience">
      <legend>Audience</legend>
      <p class="muted" data-testid="wl-lib-audience-rule">
        Leave it all empty for content any prospect may get. Every kind you fill in must fit (any one value within it; a kind
        the profile does not show is skipped), and title keywords match whole words in their forms, languages and
        abbreviations: “finance” fits “Financial”, “CFO” and “Directora Financiera”.
      </p>
      {LIST_FIELDS.map(({ field, label, placeholder, hint }) => (
        <label key={field}>
          {label} <span class="muted">(comma-separated{hint ? `; ${hint}` : ''})</span>
          <input
            data-testid={`wl-lib-audience-${field}`}
            value={form[field]}
            placeholder={placeholder}
            onInput={(event) => update({ [field]: (event.target as HTMLInputElement).value })}
            {...issueProps(issues, field)}
          />
          <FieldError {...issueOf(issues, field)} />
        </label>
      ))}
      <fieldset class="wl-lib-seniorities">
        <legend>Seniorities</legend>
        {SENIORITIES.map((seniority) => (
          <label key={seniority} class="wl-lib-check">
            <input
              type="checkbox"
              data-testid={`wl-lib-seniority-${seniority}`}
              checked={form.seniorities.includes(seniority)}
              onChange={(event) => toggle(seniority, (event.target as HTMLInputElement).checked)}
            />
            {SENIORITY_WORDS[seniority]}
          </label>
        ))}
      </fieldset>
      <div class="wl-lib-who" data-testid="wl-lib-who" aria-labelledby="wl-lib-who-h">
        <h3 id="wl-lib-who-h">Who would see this</h3>
        <ul class="list">
          {verdicts.map(({ prospect, sees, reasons }) => (
            <li key={prospect.id} data-testid="wl-lib-who-row" data-prospect={prospect.id} data-sees={String(sees)}>
              <span class={sees ? 'ok' : 'muted'}>{sees ? '✓ Would see it' : '✗ Would not'}</span> · {prospect.label}
              <span class="muted"> · {reasons.join('; ')}</span>
            </li>
          ))}
        </ul>
        <p class="muted">Sample prospects; reps see it only once it is approved and in date.</p>
      </div>
    </fieldset>
  );
}
