/**
 * The layers of docs/ARCHITECTURE.md ("Layout", "Layers"), kept by a test: an import that points
 * the wrong way fails here, naming the file and what it imports.
 */
import { describe, expect, it } from 'vitest';
import { folderCycle, importGraph, layerOf, runtimeClosure, type Edge } from '../support/import-graph';

const EDGES = importGraph(['lib', 'components', 'views', 'entrypoints', 'server']);

type Rule = {
  /** What the rule says, as the failure shows it. */
  says: string;
  /** Files the rule is about. */
  from: RegExp;
  /** Imports they must not make. */
  forbids: (to: string, edge: Edge) => boolean;
};

const ours = (to: string) => /^(lib|components|views|entrypoints|server|tests)\//.test(to);
const inside = (...folders: string[]) => (to: string) => folders.some((folder) => to.startsWith(`${folder}/`));
const otherThan = (...folders: string[]) => (to: string) => ours(to) && !inside(...folders)(to);

const RULES: Rule[] = [
  { says: 'lib/model imports nothing of ours but lib/model', from: /^lib\/model\//, forbids: otherThan('lib/model') },
  { says: 'lib/identity imports only lib/model', from: /^lib\/identity\//, forbids: otherThan('lib/model', 'lib/identity') },
  { says: 'lib/db imports only lib/model and lib/identity (no match, linkedin or UI)', from: /^lib\/db\//, forbids: otherThan('lib/model', 'lib/identity', 'lib/db') },
  { says: 'lib/match is pure: lib/model and lib/identity only', from: /^lib\/match\//, forbids: otherThan('lib/model', 'lib/identity', 'lib/match') },
  {
    says: 'lib/linkedin is content-script code: the page, the protocol, nothing of the store',
    from: /^lib\/linkedin\//,
    forbids: otherThan('lib/model', 'lib/identity', 'lib/protocol', 'lib/browser-storage', 'lib/linkedin'),
  },
  {
    says: 'lib/sync (the team sync engine) imports only lib/model, lib/identity and lib/db: no background, protocol or UI',
    from: /^lib\/sync\//,
    forbids: otherThan('lib/model', 'lib/identity', 'lib/db', 'lib/sync'),
  },
  { says: 'lib/browser-storage imports only lib/model', from: /^lib\/browser-storage\//, forbids: otherThan('lib/model', 'lib/browser-storage') },
  { says: 'lib/protocol knows no background, content-script or UI code', from: /^lib\/protocol\//, forbids: inside('lib/background', 'lib/linkedin', 'components', 'views') },
  { says: 'nothing under lib/ imports Preact, components/, views/ or entrypoints/', from: /^lib\//, forbids: (to) => to.startsWith('preact') || inside('components', 'views', 'entrypoints')(to) },
  { says: 'components/ never imports views/, the background or content-script code', from: /^components\//, forbids: inside('views', 'entrypoints', 'lib/background', 'lib/linkedin') },
  { says: 'views never import the background or content-script code', from: /^views\//, forbids: inside('entrypoints', 'lib/background', 'lib/linkedin') },
  {
    // The in-page panel shows these cards too, and its frame may be denied storage: the host brings the data (components/panel/host.ts).
    says: 'components/panel/ never loads the store, its reads or zod: its host brings the data',
    from: /^components\/panel\//,
    forbids: (to, edge) => !edge.typeOnly && (inside('lib/db', 'lib/prospect')(to) || to === 'idb' || to === 'zod'),
  },
  {
    says: 'each view is its own app: views/<page>/ imports no other view',
    from: /^views\//,
    forbids: (to, edge) => to.startsWith('views/') && layerOf(to) !== layerOf(edge.from),
  },
  { says: 'zod is imported at run time only in lib/model (elsewhere: types)', from: /^(lib|components|views|entrypoints)\//, forbids: (to, edge) => to === 'zod' && !edge.typeOnly && !edge.from.startsWith('lib/model/') },
  { says: 'only lib/db opens IndexedDB', from: /^(lib|components|views|entrypoints)\//, forbids: (to, edge) => to === 'idb' && !edge.from.startsWith('lib/db/') },
  { says: 'production code never imports tests/', from: /^(lib|components|views|entrypoints|server)\//, forbids: inside('tests') },
  {
    says: "server/ shares only the extension's data shapes and pure rules, never its store, browser or UI code",
    from: /^server\//,
    forbids: inside('lib/db', 'lib/background', 'lib/linkedin', 'lib/protocol', 'lib/browser-storage', 'components', 'views', 'entrypoints'),
  },
  { says: 'the extension never imports server/', from: /^(lib|components|views|entrypoints)\//, forbids: inside('server') },
];

/** Every import that breaks a rule, in words. */
function violations(edges: readonly Edge[], rules: readonly Rule[] = RULES): string[] {
  return rules.flatMap((rule) =>
    edges.filter((edge) => rule.from.test(edge.from) && rule.forbids(edge.to, edge)).map((edge) => `${rule.says}: ${edge.from} imports ${edge.to}`),
  );
}

/** Code a context loads that it must not (a package, or a repo folder). */
function loadedFrom(entry: string, banned: RegExp): string[] {
  return [...runtimeClosure(entry, EDGES)].filter((path) => banned.test(path));
}

describe('the layers', () => {
  it('reads the tree (the check below has imports to check)', () => {
    expect(EDGES.length).toBeGreaterThan(300);
    expect(EDGES).toContainEqual({ from: 'lib/db/relationships.ts', to: 'lib/identity/keys.ts', typeOnly: false, dynamic: false });
  });

  it('no import points from a lower layer to a higher one', () => {
    expect(violations(EDGES)).toEqual([]);
  });

  it('no loop among the folders of lib/', () => {
    expect(folderCycle(EDGES)).toBeUndefined();
  });

  it('the panel never loads the store or zod: it reads through the background', () => {
    expect(loadedFrom('entrypoints/panel/main.ts', /^(lib\/db\/|idb$|zod$)/)).toEqual([]);
  });

  it('the side panel, a top-level extension page, ranks from the store itself and loads no background or content-script code', () => {
    const loaded = [...runtimeClosure('entrypoints/sidepanel/main.tsx', EDGES)];
    expect(loaded).toEqual(expect.arrayContaining(['lib/prospect/view.ts', 'lib/db/index.ts', 'components/panel/Prospect.tsx', 'components/flag/FlagPanel.tsx']));
    expect(loaded.filter((path) => /^lib\/(background|linkedin)\//.test(path))).toEqual([]);
  });

  it('the content script loads neither the store nor zod', () => {
    expect(loadedFrom('entrypoints/linkedin/index.ts', /^(lib\/db\/|idb$|zod$|lib\/match\/)/)).toEqual([]);
  });

  it('the checks themselves catch an import that points the wrong way, and a loop', () => {
    const wrong: Edge[] = [
      { from: 'lib/db/content.ts', to: 'lib/match/suggest.ts', typeOnly: true, dynamic: false },
      { from: 'lib/model/profile.ts', to: 'lib/identity/urls.ts', typeOnly: false, dynamic: false },
      { from: 'lib/pack/csv.ts', to: 'preact/hooks', typeOnly: false, dynamic: false },
      { from: 'components/NewForYou.tsx', to: 'views/panel/notices.ts', typeOnly: false, dynamic: false },
      { from: 'views/popup/Popup.tsx', to: 'views/options/download.ts', typeOnly: false, dynamic: false },
      { from: 'views/panel/Prospect.tsx', to: 'zod', typeOnly: false, dynamic: false },
      { from: 'components/panel/Prospect.tsx', to: 'lib/prospect/panel-data.ts', typeOnly: false, dynamic: false },
    ];
    expect(violations(wrong)).toHaveLength(wrong.length);
    expect(violations([{ from: 'views/panel/Prospect.tsx', to: 'zod', typeOnly: true, dynamic: false }])).toEqual([]);
    const loop: Edge[] = [
      { from: 'lib/linkedin/watch.ts', to: 'lib/protocol/send.ts', typeOnly: false, dynamic: false },
      { from: 'lib/protocol/replies.ts', to: 'lib/match/suggest.ts', typeOnly: true, dynamic: false },
      { from: 'lib/match/keys.ts', to: 'lib/linkedin/urls.ts', typeOnly: false, dynamic: false },
    ];
    expect(folderCycle(loop)).toEqual(['lib/linkedin', 'lib/protocol', 'lib/match', 'lib/linkedin']);
  });
});
