/**
 * Putting text into the message box the rep has open. Warmline fills the box and stops there:
 * it never clicks Send, never submits, never touches the send button. A human sends.
 */

import { cleanText } from './clean';
import { queryAll } from './selectors';

type Checkable = Element & { checkVisibility?: () => boolean };

function isVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  const check = (element as Checkable).checkVisibility;
  if (typeof check === 'function') return check.call(element);
  // No layout here (a DOM without rendering): judge by the attributes that hide things.
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return false;
    if (/(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(node.getAttribute('style') ?? '')) return false;
  }
  return true;
}

/**
 * The open, visible message box: the one with focus, else the last one opened (LinkedIn appends
 * each new conversation bubble after the others). Null when none is open.
 */
export function findMessageBox(doc: Document): HTMLElement | null {
  try {
    const boxes = queryAll(doc, 'messageBox').filter(isVisible) as HTMLElement[];
    const active = doc.activeElement;
    const focused = active ? boxes.find((box) => box === active || box.contains(active)) : undefined;
    if (focused) return focused;
    boxes.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1)); // 4: b follows a
    return boxes.at(-1) ?? null;
  } catch {
    return null;
  }
}

/** One <p> per line, an empty line as <p><br></p> (LinkedIn's editor's own empty paragraph). */
function paragraphsOf(doc: Document, text: string): HTMLElement[] {
  return text.split(/\r\n|\r|\n/).map((line) => {
    const paragraph = doc.createElement('p');
    if (line) paragraph.textContent = line;
    else paragraph.appendChild(doc.createElement('br'));
    return paragraph;
  });
}

function placeCaretAtEnd(doc: Document, box: HTMLElement): void {
  try {
    box.focus();
    const selection = doc.getSelection?.() ?? doc.defaultView?.getSelection?.();
    if (!selection) return;
    const range = doc.createRange();
    range.selectNodeContents(box);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  } catch {
    // no selection support (a DOM without rendering): the text is in, which is what matters
  }
}

/** Tell LinkedIn's editor its content changed, so it enables Send for the rep to press. */
function announceInput(doc: Document, box: HTMLElement, text: string): void {
  const view = doc.defaultView;
  try {
    const InputEventType = view?.InputEvent;
    const event = InputEventType
      ? new InputEventType('input', { bubbles: true, inputType: 'insertText', data: text })
      : new (view?.Event ?? Event)('input', { bubbles: true });
    box.dispatchEvent(event);
  } catch {
    // the text is inserted either way; the rep can type a key to wake the editor
  }
}

/**
 * Puts `text` into the message box as plain text, caret at the end: `box` when given (the one the
 * rep was using, ./message-box-focus.ts), else the open one. A draft the rep already typed is kept
 * (the new text follows it): changing the DOM directly cannot be undone with Ctrl+Z.
 */
export function insertIntoMessageBox(doc: Document, text: string, box: HTMLElement | null = findMessageBox(doc)): 'inserted' | 'no-message-box' {
  if (!box) return 'no-message-box';
  const paragraphs = paragraphsOf(doc, text);
  if (cleanText(box.textContent)) box.append(...paragraphs);
  else box.replaceChildren(...paragraphs);
  placeCaretAtEnd(doc, box);
  announceInput(doc, box, text);
  return 'inserted';
}
