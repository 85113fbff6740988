/** Which tab the popup acts for, and the profile its content script read. */
import { browser } from 'wxt/browser';
import { canonicalUrl, profilePageOf } from '../../lib/identity/urls';
import { ProfileSnapshot } from '../../lib/model/profile';
import { sendToTab } from '../../lib/protocol/send';
import type { Target } from '../../components/flag/FlagPanel';

/** `popup.html?tabId=N` acts for tab N; otherwise the active tab of this window. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function askContentScript(tabId: number): Promise<ProfileSnapshot | null> {
  try {
    // The content script runs in LinkedIn's page: its answer is checked.
    const parsed = ProfileSnapshot.safeParse(await sendToTab(tabId, 'content:get-snapshot'));
    return parsed.success ? parsed.data : null;
  } catch {
    // No content script there: not a LinkedIn page (or one loaded before Warmline was).
    return null;
  }
}

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The tab's profile. The content script may still be reading the top card when the popup opens,
 * so on a profile URL it is asked again for a short while; failing that, the URL's slug is used.
 */
export async function loadTarget(): Promise<Target> {
  const tabId = await targetTabId();
  if (tabId === undefined) return { snapshot: null };
  const url = await tabUrl(tabId);
  const page = url ? profilePageOf(url) : null;
  const deadline = Date.now() + (page ? 4000 : 0);
  for (;;) {
    const snapshot = await askContentScript(tabId);
    if (snapshot) return { tabId, snapshot };
    if (Date.now() >= deadline) break;
    await wait(250);
  }
  if (!page) return { tabId, snapshot: null };
  return { tabId, snapshot: { kind: page.kind, url: canonicalUrl(page), slug: page.slug, cues: ['slug:url'] } };
}
