import { listContent, listRelationships, applyImport } from '../db';
import type { ContentItem, Origin, Relationship, StoredContent, StoredRelationship } from '../model';
import { parseRelationshipsCsv } from './csv';
import type { ImportIssue } from './issues';
import { planMerge, type MergePlan } from './merge';
import { parsePackText, stripBom } from './parse-pack';

/** What the import report counts (PACK-FORMAT.md, merging). */
export type ImportReport = {
  added: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  warnings: number;
  errors: number;
};

export type FileKind = 'pack' | 'csv';

export type ImportPreview =
  | { ok: true; kind: FileKind; origin: Origin; plan: MergePlan; warnings: ImportIssue[]; summary: ImportReport }
  | { ok: false; kind: FileKind; errors: ImportIssue[]; warnings: ImportIssue[]; summary: ImportReport };

export type ParsedImport =
  | { ok: true; kind: FileKind; packName: string; content: ContentItem[]; relationships: Relationship[]; warnings: ImportIssue[] }
  | { ok: false; kind: FileKind; errors: ImportIssue[]; warnings: ImportIssue[] };

/** By extension first (.json / .csv), else by content: a JSON pack starts with "{" or "[". */
export function detectFileKind(fileName: string, text: string): FileKind {
  const name = fileName.toLowerCase();
  if (name.endsWith('.json')) return 'pack';
  if (name.endsWith('.csv')) return 'csv';
  const first = stripBom(text).trimStart()[0];
  return first === '{' || first === '[' ? 'pack' : 'csv';
}

/** Parses a file of either kind. Pure; never throws. */
export function parseImportText(text: string, fileName: string, now: Date = new Date()): ParsedImport {
  const kind = detectFileKind(fileName, text);
  if (kind === 'pack') {
    const result = parsePackText(text);
    if (!result.ok) return { ok: false, kind, errors: result.errors, warnings: result.warnings };
    const { pack } = result;
    return { ok: true, kind, packName: pack.name ?? fileName, content: pack.content, relationships: pack.relationships, warnings: result.warnings };
  }
  const result = parseRelationshipsCsv(text, now);
  if (!result.ok) return { ok: false, kind, errors: result.errors, warnings: result.warnings };
  return { ok: true, kind, packName: fileName, content: [], relationships: result.relationships, warnings: result.warnings };
}

export function reportOf(plan: MergePlan | undefined, warnings: number, errors: number): ImportReport {
  const counts = plan?.counts ?? { added: 0, updated: 0, unchanged: 0, conflicts: 0 };
  return { added: counts.added, updated: counts.updated, unchanged: counts.unchanged, conflicts: counts.conflicts, warnings, errors };
}

/** Everything stored, keyed by id, for merge planning: one read of each store. */
export async function loadExistingById(): Promise<{ content: Map<string, StoredContent>; relationships: Map<string, StoredRelationship> }> {
  const [content, relationships] = await Promise.all([listContent(), listRelationships()]);
  return {
    content: new Map(content.map((item) => [item.id, item])),
    relationships: new Map(relationships.map((rel) => [rel.id, rel])),
  };
}

/**
 * Parses a file and plans its merge against what is stored. Nothing is written: the user sees
 * the preview (errors, or counts and conflicts) and then commits. `now` stamps CSV rows that
 * bring no timestamps. May throw a StoreError.
 */
export async function previewImport(text: string, fileName: string, origin?: Origin, now: Date = new Date()): Promise<ImportPreview> {
  return planParsed(parseImportText(text, fileName, now), origin);
}

/** The second half of previewImport, for callers that report progress between the two halves. */
export async function planParsed(parsed: ParsedImport, origin?: Origin): Promise<ImportPreview> {
  if (!parsed.ok) {
    return { ...parsed, summary: reportOf(undefined, parsed.warnings.length, parsed.errors.length) };
  }
  const chosenOrigin: Origin = origin ?? { kind: 'pack', packName: parsed.packName };
  const plan = { ...planMerge(parsed, await loadExistingById(), chosenOrigin), warnings: parsed.warnings };
  return {
    ok: true,
    kind: parsed.kind,
    origin: chosenOrigin,
    plan,
    warnings: parsed.warnings,
    summary: reportOf(plan, parsed.warnings.length, 0),
  };
}

/** Writes the plan in one all-or-nothing transaction. Throws a StoreError if nothing could be written. */
export async function commitImport(plan: MergePlan): Promise<ImportReport> {
  await applyImport(plan.write);
  return reportOf(plan, plan.warnings.length, 0);
}
