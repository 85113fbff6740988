/** A half-filled form outlives the popup: kept per profile (or 'manual') in extension storage. */
import { emptyForm, isRelation, type FlagForm } from './form';

export const DRAFT_STORAGE_KEY = 'popup.draft';
export const MANUAL_DRAFT = 'manual';

/** The part of browser.storage the drafts need (so Node tests can pass a Map-backed one). */
export type DraftStorage = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

export type Draft = { form: FlagForm; editingId?: string; savedAt: string };
type Drafts = Record<string, Draft>;

/** Drafts older than this are dropped on the next write, so the store does not grow forever. */
const KEEP_MS = 30 * 24 * 60 * 60 * 1000;

export function draftKeyFor(profileUrl: string | undefined): string {
  return profileUrl || MANUAL_DRAFT;
}

/** A stored value made into a form: unknown or mistyped fields fall back to the empty form's. */
function formFrom(raw: unknown): FlagForm | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  const base = emptyForm();
  const form: Record<string, unknown> = { ...base };
  for (const [field, fallback] of Object.entries(base)) {
    if (typeof record[field] === typeof fallback) form[field] = record[field];
  }
  const result = form as FlagForm;
  if (result.scope !== 'person' && result.scope !== 'company') result.scope = 'person';
  if (result.relation !== '' && !isRelation(result.relation)) result.relation = '';
  if (!['', '1', '2', '3', '4', '5'].includes(result.strength)) result.strength = base.strength;
  return result;
}

async function readAll(storage: DraftStorage): Promise<Drafts> {
  const stored = (await storage.get(DRAFT_STORAGE_KEY))[DRAFT_STORAGE_KEY];
  return typeof stored === 'object' && stored !== null ? (stored as Drafts) : {};
}

export async function loadDraft(storage: DraftStorage, key: string): Promise<Draft | undefined> {
  const raw = (await readAll(storage))[key];
  const form = formFrom(raw?.form);
  if (!raw || !form) return undefined;
  return { form, savedAt: String(raw.savedAt ?? ''), ...(typeof raw.editingId === 'string' ? { editingId: raw.editingId } : {}) };
}

export async function saveDraft(storage: DraftStorage, key: string, draft: Omit<Draft, 'savedAt'>, now = new Date()): Promise<void> {
  const all = await readAll(storage);
  const fresh: Drafts = {};
  for (const [k, d] of Object.entries(all)) {
    if (now.getTime() - Date.parse(d?.savedAt ?? '') < KEEP_MS) fresh[k] = d;
  }
  fresh[key] = { ...draft, savedAt: now.toISOString() };
  await storage.set({ [DRAFT_STORAGE_KEY]: fresh });
}

export async function clearDraft(storage: DraftStorage, key: string): Promise<void> {
  const all = await readAll(storage);
  if (!(key in all)) return;
  delete all[key];
  await storage.set({ [DRAFT_STORAGE_KEY]: all });
}
