/**
 * A form field's problem, under the field and tied to it, so a screen reader reads the problem
 * with the control (the popup's flag form, the library editor). One message, or none.
 */
export function FieldError({ id, message, testId }: { id: string; message: string | undefined; testId?: string }) {
  return message ? (
    <span id={id} class="error field-error" data-testid={testId}>
      {message}
    </span>
  ) : null;
}

/** aria-invalid and aria-describedby for the control: its error (when there is one) and any hints. */
export function describedBy(errorId: string, message: string | undefined, ...hints: Array<string | undefined>) {
  const ids = [message ? errorId : undefined, ...hints].filter(Boolean).join(' ');
  return { 'aria-invalid': message ? true : undefined, 'aria-describedby': ids || undefined };
}
