/**
 * The administrator's managed storage policy (public/managed-schema.json): the team pack, the
 * team, where the panel shows, and the Warmline Team server's address, set for everyone; applied
 * at start-up and whenever the policy changes.
 */
import { browser } from 'wxt/browser';
import { policyPanelMode } from '../browser-storage/panel-mode';
import { getMeta, getSettings, listSubscriptions, META, putMeta, putSubscription, saveSettings } from '../db';
import { PANEL_MODES, type PanelMode } from '../model/vocabulary';
import { subscribe } from './subscriptions';

/** The managed storage policy (public/managed-schema.json), read leniently: wrong types are ignored. */
export type ManagedPolicy = { subscriptionUrl?: string; team?: string; refreshMinutes?: number; panelMode?: PanelMode; teamServerUrl?: string };

export function readManagedPolicy(raw: Record<string, unknown>): ManagedPolicy {
  const policy: ManagedPolicy = {};
  if (typeof raw.subscriptionUrl === 'string' && raw.subscriptionUrl.trim()) policy.subscriptionUrl = raw.subscriptionUrl.trim();
  if (typeof raw.team === 'string' && raw.team.trim()) policy.team = raw.team.trim().slice(0, 200);
  if (typeof raw.refreshMinutes === 'number' && Number.isInteger(raw.refreshMinutes)) policy.refreshMinutes = Math.max(15, raw.refreshMinutes);
  if (typeof raw.teamServerUrl === 'string' && raw.teamServerUrl.trim()) policy.teamServerUrl = raw.teamServerUrl.trim().slice(0, 2048);
  const panelMode = PANEL_MODES.find((mode) => mode === raw.panelMode);
  if (panelMode) policy.panelMode = panelMode;
  return policy;
}

/**
 * An administrator's policy (managed storage) sets the team pack, and the team, for everyone.
 * The team fills an empty Settings.team only: a user's own choice is not overwritten. A
 * subscription the policy no longer names stops being managed (the user may then remove it).
 */
export async function applyManagedPolicy(): Promise<void> {
  let raw: Record<string, unknown>;
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    // No policy support on this browser (or, in Firefox, no policy for Warmline): nothing locked.
    await applyPanelModePolicy(undefined);
    return;
  }
  const policy = readManagedPolicy(raw ?? {});
  await applyPanelModePolicy(policy.panelMode);
  if (policy.team && !(await getSettings()).team) await saveSettings({ team: policy.team });
  // The Team tab offers the administrator's server (the user still joins with their own code).
  const teamPolicy = policy.teamServerUrl ? { serverUrl: policy.teamServerUrl } : {};
  if ((await getMeta(META.teamPolicy)).serverUrl !== teamPolicy.serverUrl) await putMeta(META.teamPolicy, teamPolicy);
  for (const sub of await listSubscriptions()) {
    if (sub.managed && sub.url !== policy.subscriptionUrl) await putSubscription({ ...sub, managed: false });
  }
  if (policy.subscriptionUrl) {
    await subscribe(policy.subscriptionUrl, { managed: true, ...(policy.refreshMinutes ? { refreshMinutes: policy.refreshMinutes } : {}) });
  }
}

/**
 * Where the panel shows, when the policy says: copied to storage.local, which the content script
 * and the pages read (managed storage is for trusted contexts only); removed when the policy no
 * longer says, and the rep's own choice applies again.
 */
async function applyPanelModePolicy(mode: PanelMode | undefined): Promise<void> {
  if ((await policyPanelMode.get()) === mode) return;
  await (mode ? policyPanelMode.set(mode) : policyPanelMode.remove());
}
