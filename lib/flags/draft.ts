/** A half-filled form outlives the popup: kept per profile (or 'manual') in extension storage. */
import { emptyForm, isRelation, type Answer, type FlagForm } from './form';

export const MANUAL_DRAFT = 'manual';

export type Draft = { form: FlagForm; editingId?: string; savedAt: string };
export type Drafts = Record<string, Draft>;

/** Where the drafts live: a browser.storage item in the popup, a plain value in Node tests. */
export type DraftStorage = {
  get(): Promise<Drafts>;
  set(drafts: Drafts): Promise<void>;
};

/** Drafts older than this are dropped on the next write, so the store does not grow forever. */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

export function draftKeyFor(profileUrl: string | undefined): string {
  return profileUrl || MANUAL_DRAFT;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TEXT_FIELDS = ['name', 'company', 'url', 'companyUrl', 'howWeKnow', 'notes', 'yearsInIndustry', 'vendorHistory'] as const;
const STRENGTHS: ReadonlyArray<FlagForm['strength']> = ['', '1', '2', '3', '4', '5'];
const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

const oneOf = <T extends string>(allowed: readonly T[], value: unknown): value is T => allowed.some((option) => option === value);

/** A stored value made into a form: each field that is missing or of the wrong kind falls back to the empty form's. */
function formFrom(raw: unknown): FlagForm | undefined {
  if (!isRecord(raw)) return undefined;
  const form = emptyForm();
  for (const field of TEXT_FIELDS) {
    const value = raw[field];
    if (typeof value === 'string') form[field] = value;
  }
  if (raw.scope === 'person' || raw.scope === 'company') form.scope = raw.scope;
  if (typeof raw.relation === 'string' && isRelation(raw.relation)) form.relation = raw.relation;
  if (oneOf(STRENGTHS, raw.strength)) form.strength = raw.strength;
  if (typeof raw.canIntro === 'boolean') form.canIntro = raw.canIntro;
  if (oneOf(ANSWERS, raw.operationallyReady)) form.operationallyReady = raw.operationallyReady;
  if (oneOf(ANSWERS, raw.forwardLooking)) form.forwardLooking = raw.forwardLooking;
  return form;
}

/** The stored drafts, checked: a draft that cannot be read as a form is dropped, never thrown on. */
export function draftsFrom(raw: unknown): Drafts {
  const drafts: Drafts = {};
  if (!isRecord(raw)) return drafts;
  for (const [key, stored] of Object.entries(raw)) {
    const form = isRecord(stored) ? formFrom(stored.form) : undefined;
    if (!isRecord(stored) || !form) continue;
    drafts[key] = {
      form,
      savedAt: typeof stored.savedAt === 'string' ? stored.savedAt : '',
      ...(typeof stored.editingId === 'string' ? { editingId: stored.editingId } : {}),
    };
  }
  return drafts;
}

export async function loadDraft(storage: DraftStorage, key: string): Promise<Draft | undefined> {
  return (await storage.get())[key];
}

export async function saveDraft(storage: DraftStorage, key: string, draft: Omit<Draft, 'savedAt'>, now = new Date()): Promise<void> {
  const fresh: Drafts = {};
  for (const [k, d] of Object.entries(await storage.get())) {
    if (now.getTime() - Date.parse(d.savedAt) < KEEP_MS) fresh[k] = d;
  }
  fresh[key] = { ...draft, savedAt: now.toISOString() };
  await storage.set(fresh);
}

export async function clearDraft(storage: DraftStorage, key: string): Promise<void> {
  const all = await storage.get();
  if (!(key in all)) return;
  delete all[key];
  await storage.set(all);
}
