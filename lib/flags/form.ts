/** The popup's form as plain values: what a person types, before it is a Relationship. */
import { canonicalUrl, linkedinPageOf } from '../identity/urls';
import { RELATIONS, type ProfileSnapshot, type Relation, type StoredRelationship } from '../model';

export type Answer = 'yes' | 'no' | 'unknown';
export type Scope = 'person' | 'company';

export type FlagForm = {
  scope: Scope;
  /** The person's name; with scope company, an optional contact there. */
  name: string;
  company: string;
  /** The person's /in/ URL, or with scope company the company's /company/ URL. */
  url: string;
  /** The person's current company page, when the profile named it; never typed. */
  companyUrl: string;
  relation: Relation | '';
  strength: '' | '1' | '2' | '3' | '4' | '5';
  howWeKnow: string;
  notes: string;
  canIntro: boolean;
  operationallyReady: Answer;
  yearsInIndustry: string;
  forwardLooking: Answer;
  vendorHistory: string;
};

export type FlagField = keyof FlagForm;

export function emptyForm(scope: Scope = 'person'): FlagForm {
  return {
    scope,
    name: '',
    company: '',
    url: '',
    companyUrl: '',
    relation: '',
    strength: '3',
    howWeKnow: '',
    notes: '',
    canIntro: false,
    operationallyReady: 'unknown',
    yearsInIndustry: '',
    forwardLooking: 'unknown',
    vendorHistory: '',
  };
}

/** The form prefilled from what the tab's content script read. */
export function formFromSnapshot(snapshot: ProfileSnapshot): FlagForm {
  if (snapshot.kind === 'company') {
    return {
      ...emptyForm('company'),
      company: snapshot.fullName ?? snapshot.company ?? humanizeSlug(snapshot.slug),
      url: canonicalUrl({ kind: 'company', slug: snapshot.slug }),
    };
  }
  return {
    ...emptyForm('person'),
    name: snapshot.fullName ?? humanizeSlug(snapshot.slug),
    company: snapshot.company ?? '',
    url: canonicalUrl({ kind: 'person', slug: snapshot.slug }),
    companyUrl: snapshot.companySlug ? canonicalUrl({ kind: 'company', slug: snapshot.companySlug }) : '',
  };
}

function answerOf(value: boolean | null | undefined): Answer {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return 'unknown';
}

/** The form for editing a stored flag. */
export function formFromRelationship(rel: StoredRelationship): FlagForm {
  const q = rel.qualification ?? {};
  return {
    scope: rel.scope,
    name: rel.person?.name ?? '',
    company: rel.company?.name ?? '',
    url: (rel.scope === 'person' ? rel.person?.profileUrl : rel.company?.linkedinUrl) ?? '',
    companyUrl: rel.scope === 'person' ? (rel.company?.linkedinUrl ?? '') : '',
    relation: rel.relation,
    strength: String(rel.strength) as FlagForm['strength'],
    howWeKnow: rel.howWeKnow ?? '',
    notes: rel.notes ?? '',
    canIntro: rel.canIntro,
    operationallyReady: answerOf(q.operationallyReady),
    yearsInIndustry: q.yearsInIndustry == null ? '' : String(q.yearsInIndustry),
    forwardLooking: answerOf(q.forwardLooking),
    vendorHistory: q.vendorHistory ?? '',
  };
}

/** "jane-doe-8a1b2c" → "Jane Doe": LinkedIn's trailing id (has a digit) and empty parts dropped. */
export function humanizeSlug(slug: string): string {
  const parts = slug.split(/[-_]+/).filter(Boolean);
  while (parts.length > 1 && /\d/.test(parts[parts.length - 1] ?? '')) parts.pop();
  return parts
    .filter((part) => !/^\d+$/.test(part))
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

/**
 * One field changed. A pasted LinkedIn URL sets the scope and the canonical URL, and guesses the
 * name from the slug when the name is still empty. Typing a different company drops the company
 * page read from the profile, which would no longer be that company's.
 */
export function applyInput<F extends FlagField>(form: FlagForm, field: F, value: FlagForm[F]): FlagForm {
  const next: FlagForm = { ...form, [field]: value };
  if (field === 'company' && value !== form.company) next.companyUrl = '';
  if (field === 'url' && typeof value === 'string') {
    const page = linkedinPageOf(value);
    if (page) {
      next.url = canonicalUrl(page);
      if (page.kind !== form.scope) next.companyUrl = '';
      next.scope = page.kind;
      const guess = humanizeSlug(page.slug);
      if (page.kind === 'person' && !form.name.trim()) next.name = guess;
      if (page.kind === 'company' && !form.company.trim()) next.company = guess;
    }
  }
  if (field === 'scope' && value !== form.scope) {
    // A URL of the other kind would be wrong for the new scope.
    const page = linkedinPageOf(form.url);
    if (page && page.kind !== value) next.url = '';
    next.companyUrl = '';
  }
  return next;
}

export function isRelation(value: string): value is Relation {
  return (RELATIONS as readonly string[]).includes(value);
}

