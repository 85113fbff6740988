/**
 * How a view's buttons reach their actions: straight, or through a guard against clickjacking (the
 * in-page panel's, views/panel/guard/). Shared components take one so that the same buttons are
 * guarded in LinkedIn's page and act on the first click where the page cannot reach them.
 */

/** What a confirmation asks before text leaves the panel, where a guard must ask. */
export type GuardWords = { question: string; answer: string };

type ClickHandler = (event: Event) => void;

export type ButtonGuard = {
  /** Buttons carry `data-guard`, so the guard watches whether they can be seen. */
  watched: boolean;
  /** Text leaves the panel (insert, share). */
  sendsText(words: GuardWords, action: () => unknown): ClickHandler;
  /** An activity or a verdict is recorded (copy, intro request, feedback). */
  records(action: () => unknown): ClickHandler;
};

/** Where the page cannot reach the buttons (the side panel, the options page): act on the click. */
export const UNGUARDED: ButtonGuard = {
  watched: false,
  sendsText: (_words, action) => () => void action(),
  records: (action) => () => void action(),
};

/** The `data-guard` attribute a guarded button carries, so the guard watches it (absent when unguarded). */
export function guardMark(guard: ButtonGuard): true | undefined {
  return guard.watched ? true : undefined;
}
