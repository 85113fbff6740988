/** From the form to a valid Relationship, or the problems, each next to its field. */
import type { z } from 'zod';
import { canonicalUrl } from '../identity/urls';
import { isPackOrigin, Relationship, type Qualification, type RecordMeta, type Settings, type StoredRelationship } from '../model';
import { linkedinPageOf } from '../identity/urls';
import { type Answer, type FlagField, type FlagForm } from './form';

/** Form field → what is wrong with it. `form` holds problems with no field of their own. */
export type FlagErrors = Partial<Record<FlagField | 'form', string>>;

export type BuildResult =
  | { ok: true; relationship: Relationship; meta: RecordMeta }
  | { ok: false; errors: FlagErrors };

export type BuildContext = {
  settings: Pick<Settings, 'name' | 'email' | 'team'>;
  /** The flag being edited; its id, holder, creation time and origin are kept. */
  existing?: StoredRelationship;
  now: Date;
  newId: () => string;
};

function answer(value: Answer): boolean | undefined {
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return undefined;
}

function optionalText(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** Checks zod cannot phrase for a person: what to do, in the form's words. */
function precheck(form: FlagForm): FlagErrors {
  const errors: FlagErrors = {};
  if (form.scope === 'person' && !form.name.trim()) errors.name = "Enter the person's name.";
  if (form.scope === 'company' && !form.company.trim()) errors.company = 'Enter the company name.';
  if (form.url.trim()) {
    const page = linkedinPageOf(form.url);
    const wanted = form.scope === 'person' ? '/in/' : '/company/';
    if (!page) errors.url = `Paste a LinkedIn ${wanted} URL, or leave it empty.`;
    else if (page.kind !== form.scope) {
      errors.url =
        page.kind === 'company'
          ? 'This is a company page: choose "A company" above, or paste the person\'s /in/ URL.'
          : 'This is a person\'s profile: choose "A person" above, or paste the /company/ URL.';
    }
  }
  if (!form.relation) errors.relation = 'Choose how you know them.';
  if (!form.strength) errors.strength = 'Choose how well you know them.';
  const years = form.yearsInIndustry.trim();
  if (years && !/^\d{1,3}$/.test(years)) errors.yearsInIndustry = 'Whole years, like 12, or leave it empty.';
  return errors;
}

function urlOf(text: string): string | undefined {
  const page = linkedinPageOf(text);
  return page ? canonicalUrl(page) : undefined;
}

function qualificationOf(form: FlagForm): Qualification | undefined {
  const q: Qualification = {};
  const ready = answer(form.operationallyReady);
  const forward = answer(form.forwardLooking);
  const years = form.yearsInIndustry.trim();
  const vendor = optionalText(form.vendorHistory);
  if (ready !== undefined) q.operationallyReady = ready;
  if (years) q.yearsInIndustry = Number(years);
  if (forward !== undefined) q.forwardLooking = forward;
  if (vendor) q.vendorHistory = vendor;
  return Object.keys(q).length > 0 ? q : undefined;
}

function draftRelationship(form: FlagForm, ctx: BuildContext): Record<string, unknown> {
  const name = form.name.trim();
  const company = form.company.trim();
  const url = urlOf(form.url);
  const person = name ? { name, ...(form.scope === 'person' && url ? { profileUrl: url } : {}) } : undefined;
  const companyUrl = form.scope === 'company' ? url : urlOf(form.companyUrl);
  const companyPart = company ? { name: company, ...(companyUrl ? { linkedinUrl: companyUrl } : {}) } : undefined;
  const email = optionalText(ctx.settings.email);
  const team = optionalText(ctx.settings.team);
  const knownBy = ctx.existing?.knownBy ?? {
    name: ctx.settings.name.trim(),
    ...(email ? { email } : {}),
    ...(team ? { team } : {}),
  };
  const now = ctx.now.toISOString();
  const rel: Record<string, unknown> = {
    id: ctx.existing?.id ?? ctx.newId(),
    scope: form.scope,
    relation: form.relation,
    strength: Number(form.strength),
    knownBy,
    canIntro: form.canIntro,
    createdAt: ctx.existing?.createdAt ?? now,
    updatedAt: now,
    // Saving is its creator saying it holds (lib/match/staleness.ts).
    confirmedAt: now,
  };
  if (person) rel.person = person;
  if (companyPart) rel.company = companyPart;
  const howWeKnow = optionalText(form.howWeKnow);
  const notes = optionalText(form.notes);
  const qualification = qualificationOf(form);
  if (howWeKnow) rel.howWeKnow = howWeKnow;
  if (notes) rel.notes = notes;
  if (qualification) rel.qualification = qualification;
  return rel;
}

/** Which form field a schema path belongs to. */
function fieldOf(path: readonly PropertyKey[], scope: FlagForm['scope']): FlagField | 'form' {
  const [head, sub] = path.map(String);
  switch (head) {
    case 'person':
      return sub === 'profileUrl' ? 'url' : 'name';
    case 'company':
      if (sub === 'linkedinUrl') return scope === 'company' ? 'url' : 'company';
      return 'company';
    case 'relation':
    case 'strength':
    case 'howWeKnow':
    case 'notes':
    case 'canIntro':
      return head;
    case 'qualification':
      return (sub as FlagField | undefined) ?? 'form';
    default:
      return 'form';
  }
}

/** Zod's message, in words a marketer reads without a manual. */
function friendly(issue: z.core.$ZodIssue): string {
  if (issue.path[0] === 'knownBy') return `Your details in Settings: ${issue.path.slice(1).join('.')} ${issue.message}`;
  if (issue.code === 'too_big' && typeof issue.maximum === 'number' && issue.origin === 'string') {
    return `Keep it to ${issue.maximum} characters or fewer.`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return 'This cannot be empty.';
  return issue.message.charAt(0).toUpperCase() + issue.message.slice(1) + '.';
}

/** Validate the form against the Relationship schema; the first problem per field is kept. */
export function buildRelationship(form: FlagForm, ctx: BuildContext): BuildResult {
  const errors = precheck(form);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = Relationship.safeParse(draftRelationship(form, ctx));
  if (!parsed.success) {
    const found: FlagErrors = {};
    for (const issue of parsed.error.issues) {
      const field = fieldOf(issue.path, form.scope);
      found[field] ??= friendly(issue);
    }
    return { ok: false, errors: found };
  }
  return { ok: true, relationship: parsed.data, meta: metaFor(ctx.existing, ctx.now) };
}

/** A new flag is local; an edited pack record keeps its origin and is marked as edited here. */
export function metaFor(existing: StoredRelationship | undefined, now: Date): RecordMeta {
  if (!existing) return { origin: { kind: 'local' } };
  if (isPackOrigin(existing.meta.origin)) return { ...existing.meta, locallyEditedAt: now.toISOString() };
  return existing.meta;
}
