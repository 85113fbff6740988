/** One click: validate, refuse a duplicate by pointing at the existing flag, else store. */
import { getRelationship } from '../db';
import type { Settings, Share, StoredRelationship } from '../model';
import { storeFlag } from '../sync/local-writes';
import { buildRelationship, type FlagErrors } from './build';
import { findExistingFlag } from './duplicates';
import type { FlagForm } from './form';

export type SaveOutcome =
  | { kind: 'invalid'; errors: FlagErrors }
  | { kind: 'duplicate'; existing: StoredRelationship }
  | { kind: 'saved'; stored: StoredRelationship; created: boolean };

export type SaveContext = {
  settings: Pick<Settings, 'name' | 'email' | 'team'>;
  /** The id of the flag being edited, if any. */
  editingId?: string;
  /** With a team: shared with the user's teams (the default) or private to them. */
  share?: Share;
  now?: Date;
  newId?: () => string;
};

export function newFlagId(): string {
  return `flag-${crypto.randomUUID()}`;
}

export async function saveFlag(form: FlagForm, ctx: SaveContext): Promise<SaveOutcome> {
  const existing = ctx.editingId ? await getRelationship(ctx.editingId) : undefined;
  const built = buildRelationship(form, {
    settings: ctx.settings,
    existing,
    now: ctx.now ?? new Date(),
    newId: ctx.newId ?? newFlagId,
  });
  if (!built.ok) return { kind: 'invalid', errors: built.errors };
  const duplicate = await findExistingFlag(built.relationship, ctx.settings.name, built.relationship.id);
  if (duplicate) return { kind: 'duplicate', existing: duplicate };
  const stored = await storeFlag(built.relationship, built.meta, { ...(existing ? { existing } : {}), ...(ctx.share ? { share: ctx.share } : {}) });
  return { kind: 'saved', stored, created: !existing };
}
