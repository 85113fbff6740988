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
import type { ContentItem, Origin, Relationship, StoredContent, StoredRelationship } from '../model';
import { parseRelationshipsCsv } from './csv';
import type { ImportIssue } from './issues';
import { planMerge, type MergePlan } from './merge';
import { parsePackText, stripBom } from './parse-pack';

/** What the import report counts (docs/PACK-FORMAT.md, merging). */
export type ImportReport = {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  warnings: number;
  errors: number;
};

export type FileKind = 'pack' | 'csv';

/** A file read and checked: its records, or every error in it. */
export type PreparedImport =
  | { ok: true; kind: FileKind; packName: string; content: ContentItem[]; relationships: Relationship[]; warnings: ImportIssue[] }
  | { ok: false; kind: FileKind; errors: ImportIssue[]; warnings: ImportIssue[] };

/** What the user confirms: the planned merge and its counts, or why the file is refused. */
export type ImportPreview =
  | { ok: true; kind: FileKind; origin: Origin; plan: MergePlan; warnings: ImportIssue[]; summary: ImportReport }
  | { ok: false; kind: FileKind; errors: ImportIssue[]; warnings: ImportIssue[]; summary: ImportReport };

export type PrepareOptions = {
  /** Stamps CSV rows that bring no timestamps. */
  now?: Date;
  /** Read the text as this kind whatever its name says (a subscription takes packs only). */
  kind?: FileKind;
};

/** By extension first (.json / .csv), else by content: a JSON pack starts with "{" or "[". */
export function detectFileKind(fileName: string, text: string): FileKind {
  const name = fileName.toLowerCase();
  if (name.endsWith('.json')) return 'pack';
  if (name.endsWith('.csv')) return 'csv';
  const first = stripBom(text).trimStart()[0];
  return first === '{' || first === '[' ? 'pack' : 'csv';
}

/** Step 1: reads a file of either kind. A pack without a name is called after the file. Pure; never throws. */
export function prepareImport(text: string, fileName: string, options: PrepareOptions = {}): PreparedImport {
  const kind = options.kind ?? detectFileKind(fileName, text);
  if (kind === 'pack') {
    const result = parsePackText(text);
    if (!result.ok) return { ok: false, kind, errors: result.errors, warnings: result.warnings };
    const { pack } = result;
    return { ok: true, kind, packName: pack.name ?? fileName, content: pack.content, relationships: pack.relationships, warnings: result.warnings };
  }
  const result = parseRelationshipsCsv(text, options.now ?? new Date());
  if (!result.ok) return { ok: false, kind, errors: result.errors, warnings: result.warnings };
  return { ok: true, kind, packName: fileName, content: [], relationships: result.relationships, warnings: result.warnings };
}

function reportOf(plan: MergePlan | undefined, warnings: number, errors: number): ImportReport {
  const counts = plan?.counts ?? { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
  return { added: counts.added, updated: counts.updated, unchanged: counts.unchanged, conflicts: counts.conflicts, warnings, errors };
}

/** Everything stored, keyed by id, for merge planning: one read of each store. */
async function storedById(): Promise<{ content: Map<string, StoredContent>; relationships: Map<string, StoredRelationship> }> {
  const [content, relationships] = await Promise.all([listContent(), listRelationships()]);
  return {
    content: new Map(content.map((item) => [item.id, item])),
    relationships: new Map(relationships.map((rel) => [rel.id, rel])),
  };
}

/**
 * Step 2: plans the merge of a prepared file against what is stored. Nothing is written. The
 * records' origin is the file's pack unless `origin` says otherwise (a subscription's URL). May
 * throw a StoreError.
 */
export async function previewImport(prepared: Extract<PreparedImport, { ok: true }>, origin?: Origin): Promise<Extract<ImportPreview, { ok: true }>>;
export async function previewImport(prepared: PreparedImport, origin?: Origin): Promise<ImportPreview>;
export async function previewImport(prepared: PreparedImport, origin?: Origin): Promise<ImportPreview> {
  if (!prepared.ok) {
    return { ...prepared, summary: reportOf(undefined, prepared.warnings.length, prepared.errors.length) };
  }
  const chosenOrigin: Origin = origin ?? { kind: 'pack', packName: prepared.packName };
  const plan = { ...planMerge(prepared, await storedById(), chosenOrigin), warnings: prepared.warnings };
  return {
    ok: true,
    kind: prepared.kind,
    origin: chosenOrigin,
    plan,
    warnings: prepared.warnings,
    summary: reportOf(plan, prepared.warnings.length, 0),
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
  options: PrepareOptions & { origin?: Origin } = {},
): Promise<{ ok: true; report: ImportReport } | Extract<ImportPreview, { ok: false }>> {
  const preview = await previewImport(prepareImport(text, fileName, options), options.origin);
  if (!preview.ok) return preview;
  return { ok: true, report: await commitImport(preview.plan) };
}
