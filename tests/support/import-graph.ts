/**
 * The source tree's imports, read as text: who imports whom, and whether only for types. Used by
 * the architecture tests (tests/unit/layers.test.ts) to keep the layers of docs/ARCHITECTURE.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** One import: `to` is a repo path ("lib/db/index.ts") or a package name ("zod", "preact/hooks"). */
export type Edge = { from: string; to: string; typeOnly: boolean; dynamic: boolean };

const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.(test|e2e)\.tsx?$/;

export function sourceFiles(folders: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const path = `${dir}/${name}`;
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !TEST.test(name) && !name.endsWith('.d.ts')) files.push(path);
    }
  };
  for (const folder of folders) walk(folder);
  return files.sort();
}

// `import x from '…'`, `import type {…} from '…'`, `export {…} from '…'`, `import '…'`, `import('…')`.
const STATIC = /^\s*(import|export)\s+(type\s+)?([^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC = /import\(\s*['"]([^'"]+)['"]\s*\)/g;

function resolveSpecifier(from: string, specifier: string): string {
  const bare = specifier.replace(/\?.*$/, '');
  if (!bare.startsWith('.')) return bare; // a package: 'zod', 'preact/hooks', 'wxt/browser'
  const base = relative(ROOT, resolve(ROOT, dirname(from), bare));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) return candidate;
  }
  return base;
}

export function importsOf(file: string): Edge[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const edges: Edge[] = [];
  for (const match of text.matchAll(STATIC)) {
    const [, keyword, typeWord, clause, specifier] = match;
    // `export const x = …` and the like are not imports; only `export … from` is.
    if (keyword === 'export' && !clause) continue;
    edges.push({ from: file, to: resolveSpecifier(file, specifier!), typeOnly: Boolean(typeWord), dynamic: false });
  }
  for (const match of text.matchAll(DYNAMIC)) edges.push({ from: file, to: resolveSpecifier(file, match[1]!), typeOnly: false, dynamic: true });
  return edges;
}

export function importGraph(folders: readonly string[]): Edge[] {
  return sourceFiles(folders).flatMap(importsOf);
}

/** Everything a file loads when it runs (type-only imports load nothing), dynamic imports included. */
export function runtimeClosure(entry: string, edges: readonly Edge[]): Set<string> {
  const bySource = new Map<string, Edge[]>();
  for (const edge of edges) if (!edge.typeOnly) bySource.set(edge.from, [...(bySource.get(edge.from) ?? []), edge]);
  const seen = new Set<string>([entry]);
  const pending = [entry];
  while (pending.length) {
    for (const edge of bySource.get(pending.pop()!) ?? []) {
      if (seen.has(edge.to)) continue;
      seen.add(edge.to);
      pending.push(edge.to);
    }
  }
  return seen;
}

/**
 * The folder a path sits in, to the depth that names a layer: "lib/db", "views/panel",
 * "components". A file straight under lib/ is a layer of its own ("lib/messaging").
 */
export function layerOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'lib' || parts[0] === 'views' || parts[0] === 'entrypoints') return parts.slice(0, 2).join('/').replace(/\.tsx?$/, '');
  return parts[0]!;
}

/** A cycle among lib/ folders, as the list of folders around it, or undefined. */
export function folderCycle(edges: readonly Edge[]): string[] | undefined {
  const next = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (a === b || !a.startsWith('lib/') || !b.startsWith('lib/')) continue;
    next.set(a, new Set([...(next.get(a) ?? []), b]));
  }
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (folder: string): string[] | undefined => {
    if (state.get(folder) === 'done') return undefined;
    if (state.get(folder) === 'open') return [...path.slice(path.indexOf(folder)), folder];
    state.set(folder, 'open');
    path.push(folder);
    for (const to of next.get(folder) ?? []) {
      const found = visit(to);
      if (found) return found;
    }
    path.pop();
    state.set(folder, 'done');
    return undefined;
  };
  for (const folder of next.keys()) {
    const found = visit(folder);
    if (found) return found;
  }
  return undefined;
}
