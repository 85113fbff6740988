/**
 * Where the panel shows (issue 18): the rep's choice, unless the administrator's policy sets it
 * and locks it; the policy is copied where the content script can read it, and removed with it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chosenPanelMode, panelModeSetting, readPanelMode, watchPanelMode, type PanelModeSetting } from '../browser-storage/panel-mode';
import { deleteAllData } from '../db';
import { applyManagedPolicy, readManagedPolicy } from './managed-policy';

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteAllData();
});

describe('the panel’s mode', () => {
  it('is the page until the rep chooses, the rep’s choice after, and the policy’s over both', () => {
    expect(panelModeSetting('page', undefined)).toEqual({ mode: 'page', setByPolicy: false });
    expect(panelModeSetting('side-panel', undefined)).toEqual({ mode: 'side-panel', setByPolicy: false });
    expect(panelModeSetting('side-panel', 'page')).toEqual({ mode: 'page', setByPolicy: true });
  });

  it('reads anything stored that is not a mode as no choice', async () => {
    expect(await readPanelMode()).toEqual({ mode: 'page', setByPolicy: false });
    await fakeBrowser.storage.local.set({ 'ui.panelMode': 'sidebar', 'ui.panelModePolicy': 42 });
    expect(await readPanelMode()).toEqual({ mode: 'page', setByPolicy: false });
  });

  it('reads the policy leniently: only the two modes count', () => {
    expect(readManagedPolicy({ panelMode: 'side-panel' })).toEqual({ panelMode: 'side-panel' });
    expect(readManagedPolicy({ panelMode: 'sidebar' })).toEqual({});
    expect(readManagedPolicy({ panelMode: true })).toEqual({});
  });

  it('is set and locked while the policy says so, live, and is the rep’s own again after', async () => {
    const heard: PanelModeSetting[] = [];
    watchPanelMode((setting) => heard.push(setting));
    await chosenPanelMode.set('page');
    await fakeBrowser.storage.managed.set({ panelMode: 'side-panel' });
    await applyManagedPolicy();
    expect(await readPanelMode()).toEqual({ mode: 'side-panel', setByPolicy: true });
    // The rep's choice is kept underneath, and comes back when the policy goes.
    await chosenPanelMode.set('page');
    expect(await readPanelMode()).toEqual({ mode: 'side-panel', setByPolicy: true });

    await fakeBrowser.storage.managed.clear();
    await applyManagedPolicy();
    expect(await readPanelMode()).toEqual({ mode: 'page', setByPolicy: false });
    await expect.poll(() => heard.at(-1)).toEqual({ mode: 'page', setByPolicy: false });
    expect(heard).toContainEqual({ mode: 'side-panel', setByPolicy: true });
  });
});
