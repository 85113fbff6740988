/**
 * Where the rep's panel shows (lib/model/vocabulary.ts, PANEL_MODES): the rep's choice, unless an
 * administrator's policy sets it. Both live in storage.local, the one area the content script may
 * read: it decides by them whether LinkedIn's page gets a panel at all, and follows them live.
 */
import { PANEL_MODES, type PanelMode } from '../model/vocabulary';
import { storageItem } from './item';
import { STORAGE_KEYS } from './keys';

const modeOf = (raw: unknown): PanelMode | undefined => PANEL_MODES.find((mode) => mode === raw);

/** The rep's choice (options page, Settings); `page` until they choose. */
export const chosenPanelMode = storageItem(STORAGE_KEYS.panelModeChosen, (raw) => modeOf(raw) ?? 'page');

/** The administrator's (undefined: no policy), written only by the background (lib/background/managed-policy.ts). */
export const policyPanelMode = storageItem(STORAGE_KEYS.panelModePolicy, modeOf);

export type PanelModeSetting = {
  /** What applies. */
  mode: PanelMode;
  /** Set, and locked, by the administrator's policy. */
  setByPolicy: boolean;
};

export function panelModeSetting(chosen: PanelMode, policy: PanelMode | undefined): PanelModeSetting {
  return policy ? { mode: policy, setByPolicy: true } : { mode: chosen, setByPolicy: false };
}

export async function readPanelMode(): Promise<PanelModeSetting> {
  const [chosen, policy] = await Promise.all([chosenPanelMode.get(), policyPanelMode.get()]);
  return panelModeSetting(chosen, policy);
}

/** Calls `listener` with the setting whenever the choice or the policy changes, in any context. */
export function watchPanelMode(listener: (setting: PanelModeSetting) => void): () => void {
  const changed = () => void readPanelMode().then(listener, () => undefined);
  const stops = [chosenPanelMode.watch(changed), policyPanelMode.watch(changed)];
  return () => stops.forEach((stop) => stop());
}
