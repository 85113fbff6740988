/**
 * LinkedIn's messaging overlay, fixed at the bottom of the window as on the real site. The
 * fixtures are unstyled on purpose, so the overlay would sit at the end of the page (and clicking
 * into it would scroll the panel away): this gives the page the demo's look of LinkedIn
 * (scripts/demo/linkedin-look.css) first. LinkedIn puts the overlay at the bottom right, where on
 * a short window it covers the lower corner of the right rail, and so of the panel: the panel then
 * asks once before acting (tests/e2e/clickjacking.e2e.ts). `corner: false` keeps it clear of it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LOOK = readFileSync(join(import.meta.dirname, '..', '..', 'scripts', 'demo', 'linkedin-look.css'), 'utf8');
const CLEAR_OF_THE_PANEL = '.msg-overlay-container { right: auto; left: 24px; }';
export const MESSAGE_BOX = '.msg-form__contenteditable';

/** The demo's look of LinkedIn, as CSS; `corner: true` keeps the overlay where LinkedIn has it, over the panel's corner. */
export function linkedInLook({ corner = false } = {}): string {
  return corner ? LOOK : LOOK + CLEAR_OF_THE_PANEL;
}

/** Playwright's page or Puppeteer's: both take a style tag and a click. */
type AnyPage = { addStyleTag(options: { content: string }): Promise<unknown>; click(selector: string): Promise<void> };

/** The rep opens the conversation and clicks into its message box. */
export async function clickIntoMessage(page: AnyPage, { corner = false } = {}): Promise<void> {
  await page.addStyleTag({ content: linkedInLook({ corner }) });
  await page.click(MESSAGE_BOX);
}
