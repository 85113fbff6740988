/**
 * A page's whole DOM as the browser holds it, to find anything an extension put there: the
 * DevTools protocol pierces closed shadow roots and frames, which the page's own scripts (and a
 * test's) cannot. Compared with the fixture's HTML parsed as it was served.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

type CdpNode = {
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  /** `user-agent` for the browser's own (an input's, a details'), never a page's or an extension's. */
  shadowRootType?: 'user-agent' | 'open' | 'closed';
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
  templateContent?: CdpNode;
};

export type Footprint = {
  /** Every node in document order: an element with its attributes, a text, a comment. */
  nodes: string[];
  /** Shadow roots anywhere, open or closed (the browser's own, inside its form controls, left out). */
  shadowRoots: number;
  /** Frame elements anywhere, in shadow roots too (an extension's frame runs in its own process: its document is not walked). */
  frames: number;
};

function describe(node: { nodeType: number; nodeName: string; nodeValue?: string | null }, attributes: string[]): string {
  if (node.nodeType === 1) return `<${node.nodeName.toLowerCase()}${attributes.map((part, i) => (i % 2 ? `="${part}"` : ` ${part}`)).join('')}>`;
  if (node.nodeType === 3) return `#text ${JSON.stringify(node.nodeValue)}`;
  if (node.nodeType === 8) return `#comment ${JSON.stringify(node.nodeValue)}`;
  return node.nodeName;
}

/** The live page, through the DevTools protocol. */
export async function liveFootprint(h: Harness, page: Page): Promise<Footprint> {
  const cdp = await h.context.newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  await cdp.detach();
  const found: Footprint = { nodes: [], shadowRoots: 0, frames: 0 };
  const walk = (node: CdpNode) => {
    found.nodes.push(describe(node, node.attributes ?? []));
    const shadowRoots = (node.shadowRoots ?? []).filter((root) => root.shadowRootType !== 'user-agent');
    found.shadowRoots += shadowRoots.length;
    if (node.nodeType === 1 && /^i?frame$/i.test(node.nodeName)) found.frames += 1;
    for (const child of [...shadowRoots, ...(node.children ?? [])]) walk(child);
    if (node.contentDocument) walk(node.contentDocument);
    if (node.templateContent) walk(node.templateContent);
  };
  for (const child of root.children ?? []) walk(child);
  return found;
}

type Walked = { nodeType: number; nodeName: string; nodeValue: string | null; attributes: string[] };

/** Playwright's page or Puppeteer's: both evaluate a function with one argument in the page. */
type AnyPage = { evaluate(walk: (source: string | null) => Walked[], source: string | null): Promise<unknown> };

/**
 * Walks a document in the page: `source` parsed (DOMParser), as the server sent it; or, without
 * it, the live document as the page's own scripts see it (open shadow roots included).
 */
async function walkInPage(page: AnyPage, source: string | null): Promise<Footprint> {
  const nodes = (await page.evaluate((html) => {
    const root = html === null ? document : new DOMParser().parseFromString(html, 'text/html');
    const out: Walked[] = [];
    const walk = (node: Node) => {
      // The DevTools protocol leaves out text that is only whitespace: so does this.
      if (node.nodeType === Node.TEXT_NODE && !node.nodeValue?.trim()) return;
      const attributes = node instanceof Element ? [...node.attributes].flatMap((attribute) => [attribute.name, attribute.value]) : [];
      out.push({ nodeType: node.nodeType, nodeName: node instanceof ShadowRoot ? '#shadow-root' : node.nodeName, nodeValue: node.nodeValue, attributes });
      const inner = [...(node instanceof Element && node.shadowRoot ? [node.shadowRoot] : []), ...(node instanceof HTMLTemplateElement ? [node.content] : [])];
      for (const child of [...inner, ...node.childNodes]) walk(child);
    };
    for (const child of root.childNodes) walk(child);
    return out;
  }, source)) as Walked[];
  return {
    nodes: nodes.map((node) => describe(node, node.attributes)),
    shadowRoots: nodes.filter((node) => node.nodeName === '#shadow-root').length,
    frames: nodes.filter((node) => /^i?frame$/i.test(node.nodeName)).length,
  };
}

/** The same HTML parsed in the page (DOMParser), as the server sent it: what the DOM would be with nothing added. */
export function servedFootprint(page: AnyPage, html: string): Promise<Footprint> {
  return walkInPage(page, html);
}

/** The live page as its own scripts see it (Firefox has no DevTools protocol here; a closed shadow root's host still shows). */
export function pageFootprint(page: AnyPage): Promise<Footprint> {
  return walkInPage(page, null);
}
