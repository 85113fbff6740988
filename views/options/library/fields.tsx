import type { ComponentChildren } from 'preact';
import type { FieldIssues } from '../../../lib/library/item-form';

/** Props that tie an input to its inline error, so screen readers read the problem with the field. */
export function describedBy(issues: FieldIssues, field: keyof FieldIssues, extra?: string) {
  const ids = [issues[field]?.length ? `wl-lib-err-${field}` : '', extra ?? ''].filter(Boolean).join(' ');
  return { 'aria-invalid': issues[field]?.length ? true : undefined, 'aria-describedby': ids || undefined };
}

export function FieldError({ issues, field }: { issues: FieldIssues; field: keyof FieldIssues }) {
  const messages = issues[field];
  if (!messages?.length) return null;
  return (
    <span class="error wl-lib-field-error" id={`wl-lib-err-${field}`} data-testid={`wl-lib-err-${field}`}>
      {messages.join('; ')}
    </span>
  );
}

export function Hint({ id, children }: { id: string; children: ComponentChildren }) {
  return (
    <span class="muted wl-lib-hint" id={id}>
      {children}
    </span>
  );
}
