import type { ComponentChildren } from 'preact';
import { describedBy } from '../../../components/FieldError';
import type { FieldIssues } from '../../../lib/library/item-form';

/** The library editor's problems with one field, in the shape FieldError takes. */
export function issueOf(issues: FieldIssues, field: keyof FieldIssues) {
  return { id: `wl-lib-err-${field}`, testId: `wl-lib-err-${field}`, message: issues[field]?.length ? issues[field].join('; ') : undefined };
}

/** Ties an input to its inline error (and a hint), so screen readers read the problem with the field. */
export function issueProps(issues: FieldIssues, field: keyof FieldIssues, hint?: string) {
  const { id, message } = issueOf(issues, field);
  return describedBy(id, message, hint);
}

export function Hint({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <span class="muted wl-lib-hint" id={id}>
      {children}
    </span>
  );
}
