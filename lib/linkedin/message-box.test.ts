import { describe, expect, it } from 'vitest';
import { findMessageBox, insertIntoMessageBox } from './message-box';
import { domOf, loadFixture } from '../../tests/support/fixtures';

const overlay = (boxes: string) =>
  domOf(`<!DOCTYPE html><html><body><main><h1>Jane Doe</h1></main>${boxes}</body></html>`);
const bubble = (id: string, extra = '') =>
  `<div class="msg-overlay-conversation-bubble" ${extra}><div id="${id}" class="msg-form__contenteditable" contenteditable="true" role="textbox"><p><br></p></div>
   <button class="msg-form__send-button" type="submit" disabled>Send</button></div>`;

function watchSend(doc: Document) {
  const send = doc.querySelector('.msg-form__send-button') as HTMLButtonElement;
  const seen: string[] = [];
  for (const type of ['click', 'submit']) doc.addEventListener(type, (event) => seen.push(event.type), true);
  return { send, seen };
}

describe('findMessageBox', () => {
  it('finds the overlay box in the signed-in fixture', () => {
    const { doc } = loadFixture('profile-logged-in.html');
    expect(findMessageBox(doc)?.className).toContain('msg-form__contenteditable');
  });

  it('returns null when no box is open', () => {
    expect(findMessageBox(loadFixture('profile-hashed-classes.html').doc)).toBeNull();
  });

  it('skips hidden boxes and prefers the last opened', () => {
    const doc = overlay(`${bubble('first')}${bubble('minimised', 'hidden')}${bubble('latest')}${bubble('gone', 'style="display: none"')}`);
    expect(findMessageBox(doc)?.id).toBe('latest');
  });

  it('finds a textbox in the messaging overlay by role alone', () => {
    const doc = overlay('<div class="msg-overlay-container"><div id="box" role="textbox" contenteditable="true"></div></div>');
    expect(findMessageBox(doc)?.id).toBe('box');
  });
});

describe('insertIntoMessageBox', () => {
  it('puts each line in its own paragraph, as text, and fires input', () => {
    const { doc } = loadFixture('profile-logged-in.html');
    const box = findMessageBox(doc)!;
    const inputs: Event[] = [];
    box.addEventListener('input', (event) => inputs.push(event));
    const { send, seen } = watchSend(doc);

    const result = insertIntoMessageBox(doc, 'Hi Jane,\n\nLoved your <b>talk</b> & <img src=x onerror=alert(1)>.\r\nBest, Sam');

    expect(result).toBe('inserted');
    const paragraphs = Array.from(box.querySelectorAll('p'));
    expect(paragraphs.map((p) => p.textContent)).toEqual([
      'Hi Jane,',
      '',
      'Loved your <b>talk</b> & <img src=x onerror=alert(1)>.',
      'Best, Sam',
    ]);
    expect(box.children).toHaveLength(4);
    expect(paragraphs[1]?.querySelector('br')).not.toBeNull();
    expect(box.querySelector('b, img')).toBeNull(); // markup in the text stays inert text
    expect(inputs).toHaveLength(1);
    expect(inputs[0]?.bubbles).toBe(true);
    expect(send.hasAttribute('disabled')).toBe(true); // untouched: LinkedIn's editor enables it, the rep presses it
    expect(seen).toEqual([]);
  });

  it('keeps a draft the rep already typed and adds the text after it', () => {
    const doc = overlay('<div class="msg-overlay-container"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p>Hey!</p></div></div>');
    expect(insertIntoMessageBox(doc, 'Second line')).toBe('inserted');
    const box = findMessageBox(doc)!;
    expect(Array.from(box.querySelectorAll('p')).map((p) => p.textContent)).toEqual(['Hey!', 'Second line']);
  });

  it('says so when no message box is open, and changes nothing', () => {
    const { doc } = loadFixture('profile-public.html');
    const before = doc.body.textContent;
    expect(insertIntoMessageBox(doc, 'Hello')).toBe('no-message-box');
    expect(doc.body.textContent).toBe(before);
  });
});
