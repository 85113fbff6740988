/**
 * The system clipboard in the Chromium tests: read and written from an extension page in front
 * (the panel's frame may only write it). Needs clipboard access granted to the context.
 */
import type { Harness } from './harness';

export async function grantClipboard(h: Harness): Promise<void> {
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

async function onExtensionPage<T>(h: Harness, work: (text: string) => Promise<T>, text = ''): Promise<T> {
  const page = await h.extensionPage('options.html#settings');
  await page.bringToFront();
  try {
    return await page.evaluate(work, text);
  } finally {
    await page.close();
  }
}

export function readClipboard(h: Harness): Promise<string> {
  return onExtensionPage(h, () => navigator.clipboard.readText());
}

export function writeClipboard(h: Harness, text: string): Promise<void> {
  return onExtensionPage(h, (value) => navigator.clipboard.writeText(value), text);
}
