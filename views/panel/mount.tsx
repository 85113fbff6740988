import { render } from 'preact';
import type { PanelHello } from '../../lib/protocol/replies';
import { PanelApp } from './PanelApp';

/** How long the first render waits for the background's answer before showing a placeholder. */
const HELLO_WAIT_MS = 300;

/**
 * The first render already has the answer when it came in time (it usually did, while this code
 * loaded): intros and suggestions then appear in the very first paint, with no empty frame first.
 */
export async function mountPanel(hello: Promise<PanelHello>, heardAtHello: number, root: HTMLElement): Promise<void> {
  let timer: number | undefined;
  const answer = await Promise.race([
    hello.catch(() => undefined),
    new Promise<undefined>((resolve) => (timer = window.setTimeout(resolve, HELLO_WAIT_MS))),
  ]);
  clearTimeout(timer);
  render(<PanelApp hello={hello} heardAtHello={heardAtHello} initial={answer} />, root);
}
