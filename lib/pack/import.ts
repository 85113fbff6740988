/**
 * The one import pipeline (docs/PACK-FORMAT.md): every import, whether a chosen file (options
 * page, in its worker), the demo pack or a subscribed pack (the background), goes
 *
 *   prepare → preview → commit
 *
 * `prepareImport` reads the text (pure, never throws), `previewImport` plans the merge against
 * what is stored and writes nothing, `commitImport` writes the plan in one all-or-nothing
 * transaction. Progress can be reported between the steps; the plan can wait for a confirmation.
 */
import { applyImport, listContent, listRelationships } from '../db';
import { BOUNDS, type ContentItem, type Origin, type Relationship, type StoredContent, type StoredRelationship } from '../model';
import { listChanges, type PlannedChange } from './changes';
import { namesWarmlineColumns, parseRelationshipsCsv, type UnkeyedRow } from './csv';
import { assignCsvIds } from './csv-ids';
import type { ImportIssue } from './issues';
import { planMerge, type MergeOptions, type MergePlan } from './merge';
import { parsePackText, stripBom } from './parse-pack';

/** What the import report counts (docs/PACK-FORMAT.md, merging). */
export type ImportReport = {
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  conflicts: number;
  warnings: number;
  errors: number;
};

export type FileKind = 'pack' | 'csv';

/** Said once for a file that is neither, instead of every way it fails to be either. */
export const NOT_A_PACK_OR_CSV =
  'This is not a Warmline pack or a relationships CSV. Choose the pack (.json) your team published, or a CSV with Warmline\'s columns (download the CSV template to see them).';

/** A file read and checked: its records, or every error in it. */
export type PreparedImport =
  | {
      ok: true;
      kind: FileKind;
      packName: string;
      /** The pack's publisher.name: a file's origin (none for a CSV). */
      publisher?: string;
      content: ContentItem[];
      relationships: Relationship[];
      /** CSV rows that brought no id: given one when the import is planned (./csv-ids.ts). */
      unkeyed: UnkeyedRow[];
      warnings: ImportIssue[];
    }
  | { ok: false; kind: FileKind | 'unknown'; errors: ImportIssue[]; warnings: ImportIssue[] };

/** What the user confirms: the planned merge and its counts, or why the file is refused. */
export type ImportPreview =
  | {
      ok: true;
      kind: FileKind;
      origin: Origin;
      plan: MergePlan;
      warnings: ImportIssue[];
      summary: ImportReport;
      /** The first changes, item by item, for the user to check before confirming. */
      changes: PlannedChange[];
    }
  | { ok: false; kind: FileKind | 'unknown'; errors: ImportIssue[]; warnings: ImportIssue[]; summary: ImportReport };

export type PrepareOptions = {
  /** Stamps CSV rows that bring no timestamps; no date may be more than a day after it. */
  now?: Date;
  /** Read the text as this kind whatever its name says (a subscription takes packs only). */
  kind?: FileKind;
};

/**
 * By extension first (.json / .csv), else by content: a JSON pack starts with "{" or "[", a
 * relationships CSV names Warmline's columns in its first line. Anything else is neither.
 */
export function detectFileKind(fileName: string, text: string): FileKind | 'unknown' {
  const name = fileName.toLowerCase();
  if (name.endsWith('.json')) return 'pack';
  if (name.endsWith('.csv')) return 'csv';
  const first = stripBom(text).trimStart()[0];
  if (first === '{' || first === '[') return 'pack';
  return namesWarmlineColumns(text) ? 'csv' : 'unknown';
}

/** Step 1: reads a file of either kind. A pack without a name is called after the file. Pure; never throws. */
export function prepareImport(text: string, fileName: string, options: PrepareOptions = {}): PreparedImport {
  const kind = options.kind ?? detectFileKind(fileName, text);
  if (kind === 'unknown') return { ok: false, kind, errors: [{ where: 'file', message: NOT_A_PACK_OR_CSV }], warnings: [] };
  const now = options.now ?? new Date();
  const fileLabel = fileName.slice(0, BOUNDS.name);
  if (kind === 'pack') {
    const result = parsePackText(text, now);
    if (!result.ok) return { ok: false, kind, errors: result.errors, warnings: result.warnings };
    const { pack } = result;
    return {
      ok: true,
      kind,
      packName: pack.name ?? fileLabel,
      ...(pack.publisher ? { publisher: pack.publisher.name } : {}),
      content: pack.content,
      relationships: pack.relationships,
      unkeyed: [],
      warnings: result.warnings,
    };
  }
  const result = parseRelationshipsCsv(text, now);
  if (!result.ok) return { ok: false, kind, errors: result.errors, warnings: result.warnings };
  return { ok: true, kind, packName: fileLabel, content: [], relationships: result.relationships, unkeyed: result.unkeyed, warnings: result.warnings };
}

/** A file chosen by hand belongs to its publisher (docs/PACK-FORMAT.md, merging). */
export function fileOrigin(prepared: Extract<PreparedImport, { ok: true }>): Origin {
  return { kind: 'file', ...(prepared.publisher ? { publisher: prepared.publisher } : {}), packName: prepared.packName };
}

const NO_COUNTS = { added: 0, updated: 0, unchanged: 0, removed: 0, conflicts: 0 };

function reportOf(plan: MergePlan | undefined, warnings: number, errors: number): ImportReport {
  const { added, updated, unchanged, removed, conflicts } = plan?.counts ?? NO_COUNTS;
  return { added, updated, unchanged, removed, conflicts, warnings, errors };
}

/** Everything stored, keyed by id, for merge planning: one read of each store. */
async function storedById(): Promise<{ content: Map<string, StoredContent>; relationships: Map<string, StoredRelationship> }> {
  const [content, relationships] = await Promise.all([listContent(), listRelationships()]);
  return {
    content: new Map(content.map((item) => [item.id, item])),
    relationships: new Map(relationships.map((rel) => [rel.id, rel])),
  };
}

export type PreviewOptions = MergeOptions & {
  /** Whose records these are: the file's publisher unless told (a subscription's URL). */
  origin?: Origin;
  /** Ids for CSV rows without one that match nothing of this origin (random unless told: tests). */
  newId?: () => string;
};

function refused(prepared: PreparedImport & { ok: true }, errors: ImportIssue[]): Extract<ImportPreview, { ok: false }> {
  return { ok: false, kind: prepared.kind, errors, warnings: prepared.warnings, summary: reportOf(undefined, prepared.warnings.length, errors.length) };
}

/**
 * Step 2: plans the merge of a prepared file against what is stored. Nothing is written. May
 * throw a StoreError.
 */
export async function previewImport(prepared: PreparedImport, options: PreviewOptions = {}): Promise<ImportPreview> {
  if (!prepared.ok) {
    return { ...prepared, summary: reportOf(undefined, prepared.warnings.length, prepared.errors.length) };
  }
  const origin = options.origin ?? fileOrigin(prepared);
  const stored = await storedById();
  const ids = assignCsvIds(prepared.relationships, prepared.unkeyed, stored.relationships, origin, options.newId);
  if (!ids.ok) return refused(prepared, ids.errors);
  const records = { content: prepared.content, relationships: ids.relationships };
  const plan = { ...planMerge(records, stored, origin, options), warnings: prepared.warnings };
  return {
    ok: true,
    kind: prepared.kind,
    origin,
    plan,
    warnings: prepared.warnings,
    summary: reportOf(plan, prepared.warnings.length, 0),
    changes: listChanges(plan.write, stored),
  };
}

/** Step 3: writes the plan in one all-or-nothing transaction. Throws a StoreError if nothing could be written. */
export async function commitImport(plan: MergePlan): Promise<ImportReport> {
  await applyImport(plan.write);
  return reportOf(plan, plan.warnings.length, 0);
}

/**
 * All three steps at once, for imports nobody confirms (the demo pack): the preview when the
 * file is refused, else the report of what was written.
 */
export async function importText(
  text: string,
  fileName: string,
  options: PrepareOptions & PreviewOptions = {},
): Promise<{ ok: true; report: ImportReport } | Extract<ImportPreview, { ok: false }>> {
  const preview = await previewImport(prepareImport(text, fileName, options), options);
  if (!preview.ok) return preview;
  return { ok: true, report: await commitImport(preview.plan) };
}
