/**
 * The panel's action guard where the browser cannot tell what the rep sees (Firefox: no
 * IntersectionObserver v2; Node has none either). tests/e2e/clickjacking.e2e.ts covers Chromium.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONFIRM_DELAY_MS, confirmPending, guardState, requestAction, resetActionGuardForTests, resume, startActionGuard } from './action-guard';

const BUTTON = {} as Element;
const INSERT = { sendsText: { question: 'Insert?', answer: 'Yes, insert' } };

// The panel's notice listener is registered once per panel (views/panel/notices.ts): the fake
// browser is not reset between these tests, so it stays registered.
beforeEach(() => {
  resetActionGuardForTests();
  startActionGuard(BUTTON);
});

describe('the action guard without visibility tracking', () => {
  it('runs a recording action at once, and asks once more, after a pause, before text leaves the panel', () => {
    const copy = vi.fn();
    requestAction(BUTTON, 'records', copy);
    expect(copy).toHaveBeenCalledTimes(1);

    const insert = vi.fn();
    requestAction(BUTTON, INSERT, insert);
    expect(insert).not.toHaveBeenCalled();
    const asked = guardState();
    expect(asked.pending?.question).toBe('Insert?');
    // A second click straight after (a double-click) does not confirm it.
    confirmPending(BUTTON, asked.promptedAt + 50);
    expect(insert).not.toHaveBeenCalled();
    confirmPending(BUTTON, asked.promptedAt + CONFIRM_DELAY_MS);
    expect(insert).toHaveBeenCalledTimes(1);
    expect(guardState().pending).toBeNull();
  });

  it('holds every action once the page restyled the host, until the rep continues after a pause', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ notice: 'host-changed', tabId: 7, problem: 'restyled' }, { id: fakeBrowser.runtime.id }, () => undefined);
    const held = guardState();
    expect(held.held).toBe('restyled');
    const copy = vi.fn();
    requestAction(BUTTON, 'records', copy);
    requestAction(BUTTON, INSERT, copy);
    expect(copy).not.toHaveBeenCalled();
    expect(guardState().pending).toBeNull();

    resume(BUTTON, held.promptedAt + 50);
    expect(guardState().held).toBe('restyled');
    resume(BUTTON, held.promptedAt + CONFIRM_DELAY_MS);
    expect(guardState().held).toBeNull();
    requestAction(BUTTON, 'records', copy);
    expect(copy).toHaveBeenCalledTimes(1);
  });
});
