import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Harness } from './harness';
import { fixture } from './fixtures';

describe('probe', () => {
  let h: Harness;
  beforeAll(async () => { h = await launch(); });
  afterAll(async () => { await h?.close(); });
  it('probes', async () => {
    const page = await h.open(fixture('profile-logged-in.html').url);
    page.on('console', (m) => console.log('console:', m.text()));
    await h.panelFrame(page);
    const cdp = await h.context.newCDPSession(page);
    const contexts: Array<{ id: number; name: string; origin: string; auxData?: { type?: string } }> = [];
    cdp.on('Runtime.executionContextCreated', (e: any) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    console.log(JSON.stringify(contexts.map((c) => [c.id, c.name, c.origin, c.auxData?.type])));
    const cs = contexts.find((c) => c.name === 'Warmline' || c.auxData?.type === 'isolated');
    const ev = async (expr: string) => JSON.stringify(await cdp.send('Runtime.evaluate', { expression: expr, contextId: cs!.id, awaitPromise: true, returnByValue: true }).catch((e) => String(e)));
    console.log(await ev('chrome.runtime.id'));
    console.log(await ev(`chrome.runtime.sendMessage({type:'data:delete-all'})`));
    console.log(await ev(`window.__d = 'open'; window.__p = chrome.runtime.connect({name:'probe'}); __p.onDisconnect.addListener(()=>{window.__d='disc:' + String(chrome.runtime && chrome.runtime.id)}); 1`));
    await new Promise((r) => setTimeout(r, 500));
    console.log('before reload', await ev('window.__d'));
    await h.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 3000));
    console.log('after', await ev('String(chrome.runtime && chrome.runtime.id)'));
    console.log('disc', await ev('window.__d'));
    console.log('frames', page.frames().map((f) => f.url()));
    expect(1).toBe(1);
  });
});
