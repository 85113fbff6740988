/** The options page's Settings, filled as a user does before a test begins. */
import type { Harness } from './harness';

/** The rep's name (it signs messages, so the demo's opener has nothing left to fill in). */
export async function nameTheRep(h: Harness, name: string): Promise<void> {
  const settings = await h.extensionPage('options.html#settings');
  await settings.getByTestId('wl-settings-name').fill(name);
  await settings.getByTestId('wl-settings-save').click();
  await settings.getByText('Settings saved.').waitFor();
  await settings.close();
}
