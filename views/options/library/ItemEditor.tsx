import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { availabilityOf } from '../../../lib/library/expiry';
import { emptyForm, formFromItem, itemFromForm, type FieldIssues, type ItemForm } from '../../../lib/library/item-form';
import { launchTimingWarning } from '../../../lib/library/launch-timing';
import { approve, needsReapproval, reopen, retire, toStored } from '../../../lib/library/lifecycle';
import { fromLocalInput } from '../../../lib/library/local-time';
import { storeContent } from '../../../lib/sync/local-writes';
import { CONTENT_KINDS, isPackOrigin, originName, type ContentItem, type Settings, type StoredContent } from '../../../lib/model';
import { AudienceFields } from './AudienceFields';
import { BodyEditor } from './BodyEditor';
import { FieldError } from '../../../components/FieldError';
import { Hint, issueOf, issueProps } from './fields';
import { StatusBadge } from './StatusBadge';
import { TeamItemNote } from './TeamItemNote';
import { errorMessage } from '../../../components/error-message';
import { KIND_WORDS } from '../../../components/words';

type Props = {
  /** The item as stored now (kept current by the section), or undefined for a new one. */
  stored: StoredContent | undefined;
  newId: string;
  settings: Settings;
  requestApprover(): Promise<string | undefined>;
  onClose(): void;
  /** The team's item, and this user may not change it (a rep): shown, not editable. */
  readOnly?: boolean;
};

type Transition = (item: ContentItem, now: Date) => Promise<ContentItem | undefined>;

/** What a save means for reps, in a sentence. */
const SAVED_WORDS: Record<ReturnType<typeof availabilityOf>, string> = {
  draft: 'Saved as a draft: reps see it once it is approved.',
  live: 'Saved. It is approved and reps see it now.',
  scheduled: 'Saved. It is approved; reps see it from its start date.',
  expired: 'Saved. It is approved but has expired, so reps do not see it.',
  retired: 'Saved. It is retired: reps do not see it.',
};

/** Create or edit one library item; validated with the ContentItem schema, issues shown by field. */
export function ItemEditor({ stored, newId, settings, requestApprover, onClose, readOnly = false }: Props) {
  const [form, setForm] = useState<ItemForm>(() => (stored ? formFromItem(stored) : emptyForm(newId, settings.name)));
  // After a save was refused, every change checks the form again: an error that no longer applies goes at once.
  const [attempted, setAttempted] = useState(false);
  const issues = useMemo<FieldIssues>(() => {
    if (!attempted) return {};
    const result = itemFromForm(form, new Date());
    return result.ok ? {} : result.issues;
  }, [form, attempted]);
  const [message, setMessage] = useState<{ text: string; kind: 'ok' | 'error' | 'warn' } | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const update = (patch: Partial<ItemForm>) => setForm((current) => ({ ...current, ...patch }));
  const input = (field: 'title' | 'url' | 'owner' | 'tags' | 'salesNote' | 'validFrom' | 'expiresAt') => ({
    value: form[field],
    onInput: (event: Event) => update({ [field]: (event.target as HTMLInputElement).value }),
    ...issueProps(issues, field),
  });

  /** Validate, apply a status change if any, store; the form then shows what was stored. */
  const save = async (transition?: Transition) => {
    const now = new Date();
    const result = itemFromForm(form, now);
    if (!result.ok) {
      setAttempted(true);
      setMessage({ text: 'Not saved: fix the fields marked in red.', kind: 'error' });
      return;
    }
    setAttempted(false);
    setBusy(true);
    try {
      const next = transition ? await transition(result.item, now) : result.item;
      if (!next) return;
      const record = await storeContent(toStored(next, stored, now), stored ? { previous: stored } : {});
      setForm(formFromItem(record));
      const sentBack = needsReapproval(stored, next);
      setMessage(
        sentBack
          ? { text: 'Saved. The wording changed, so it is a draft again until it is approved.', kind: 'warn' }
          : { text: SAVED_WORDS[availabilityOf(record, now)], kind: 'ok' },
      );
    } catch (error) {
      setMessage({ text: `Not saved: ${errorMessage(error)}`, kind: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const approveTransition: Transition = async (item, now) => {
    const name = await requestApprover();
    if (!name) {
      setMessage({ text: 'Not approved: an approver name is needed.', kind: 'warn' });
      return undefined;
    }
    return approve(item, name, now);
  };

  const now = new Date();
  const validFromIso = form.validFrom ? fromLocalInput(form.validFrom) : undefined;
  const timing = launchTimingWarning(validFromIso, settings.fiscalYearStartMonth);
  const expiresIso = form.expiresAt ? fromLocalInput(form.expiresAt) : undefined;
  const availability = availabilityOf({ status: form.status, validFrom: validFromIso, expiresAt: expiresIso }, now);
  const origin = stored?.meta.origin;

  return (
    <section class="wl-lib-editor" aria-labelledby="wl-lib-editor-h" data-testid="wl-lib-editor">
      <div class="row">
        <button type="button" onClick={onClose} data-testid="wl-lib-back">
          ← Back to library
        </button>
      </div>
      <h2 id="wl-lib-editor-h" tabIndex={-1} ref={heading}>
        {stored ? `Edit: ${stored.title}` : 'New library item'}
      </h2>
      <p class="row">
        <StatusBadge status={form.status} availability={availability} />
        {form.approvedBy ? (
          <span class="muted" data-testid="wl-lib-approved-by">
            Approved by {form.approvedBy}
            {form.approvedAt ? ` on ${new Date(form.approvedAt).toLocaleString()}` : ''}
          </span>
        ) : null}
        {origin && isPackOrigin(origin) ? (
          <span class="badge" title={origin.kind === 'subscription' ? origin.url : ''}>
            From pack: {originName(origin)}
            {stored?.meta.locallyEditedAt ? ' · edited here' : ''}
          </span>
        ) : null}
      </p>
      {origin && isPackOrigin(origin) ? (
        <p class="muted">Edits here are kept: a newer version from the pack shows as a conflict instead of replacing them.</p>
      ) : null}
      {stored ? <TeamItemNote item={stored} readOnly={readOnly} /> : null}
      {availability === 'expired' ? <p class="warn">Expired: reps no longer see it. Move the expiry date to bring it back.</p> : null}
      {availability === 'scheduled' && validFromIso ? (
        <p class="muted">Scheduled: reps see it from {new Date(validFromIso).toLocaleString()}.</p>
      ) : null}

      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        noValidate
      >
        <fieldset class="wl-lib-fields" disabled={readOnly}>
        <div class="grid">
          <label>
            Kind
            <select data-testid="wl-lib-kind" value={form.kind} onChange={(event) => update({ kind: (event.target as HTMLSelectElement).value as ItemForm['kind'] })}>
              {CONTENT_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_WORDS[kind]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Title
            <input data-testid="wl-lib-title" maxLength={200} required {...input('title')} />
            <FieldError {...issueOf(issues, 'title')} />
          </label>
        </div>
        <BodyEditor body={form.body} kind={form.kind} onChange={(body) => update({ body })} issues={issues} senderName={settings.name} />
        <div class="grid">
          <label>
            Link to share (optional, https:)
            <input type="url" data-testid="wl-lib-url" placeholder="https://" {...input('url')} />
            <FieldError {...issueOf(issues, 'url')} />
          </label>
          <label>
            Owner in marketing
            <input data-testid="wl-lib-owner" {...input('owner')} />
            <FieldError {...issueOf(issues, 'owner')} />
          </label>
          <label>
            Tags (comma-separated)
            <input data-testid="wl-lib-tags" {...input('tags')} />
            <FieldError {...issueOf(issues, 'tags')} />
          </label>
        </div>
        <label>
          Sales note: when to use it and what is in it for the rep
          <textarea rows={2} data-testid="wl-lib-sales-note" {...input('salesNote')} />
          <FieldError {...issueOf(issues, 'salesNote')} />
        </label>
        <fieldset>
          <legend>Schedule</legend>
          <div class="grid">
            <label>
              Reps see it from (optional)
              <input type="datetime-local" data-testid="wl-lib-valid-from" {...input('validFrom')} {...issueProps(issues, 'validFrom', timing ? 'wl-lib-timing' : undefined)} />
              <FieldError {...issueOf(issues, 'validFrom')} />
            </label>
            <label>
              Expires (optional)
              <input type="datetime-local" data-testid="wl-lib-expires-at" {...input('expiresAt')} />
              <FieldError {...issueOf(issues, 'expiresAt')} />
            </label>
          </div>
          {timing ? (
            <p class="warn" id="wl-lib-timing" data-testid="wl-lib-timing-warning" role="status">
              {timing}
            </p>
          ) : null}
        </fieldset>
        <AudienceFields form={form} issues={issues} update={update} />
        <FieldError {...issueOf(issues, '_')} />
        <div class="actions wl-lib-editor-actions">
          <button type="submit" class="primary" data-testid="wl-lib-save" disabled={busy}>
            Save
          </button>
          {form.status === 'draft' ? (
            <button type="button" data-testid="wl-lib-approve" disabled={busy} onClick={() => save(approveTransition)}>
              Save and approve
            </button>
          ) : null}
          {form.status === 'approved' ? (
            <button type="button" data-testid="wl-lib-retire" disabled={busy} onClick={() => save(async (item, at) => retire(item, at))}>
              Retire
            </button>
          ) : null}
          {form.status !== 'draft' ? (
            <button type="button" data-testid="wl-lib-reopen" disabled={busy} onClick={() => save(async (item, at) => reopen(item, at))}>
              Back to draft
            </button>
          ) : null}
          <span role="status" aria-live="polite" data-testid="wl-lib-editor-status" class={message?.kind ?? ''}>
            {message?.text ?? ''}
          </span>
        </div>
        <Hint id="wl-lib-save-hint">Every save stamps the item as updated now.</Hint>
        </fieldset>
      </form>
    </section>
  );
}
