import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

// In storage.local because the content script sizes the frame from it (it holds no library data).
const KEY = 'ui.panelCollapsed';

export function useCollapsed(): [boolean, (collapsed: boolean) => void] {
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    browser.storage.local.get(KEY).then((stored) => setCollapsed(stored[KEY] === true));
  }, []);
  const update = (next: boolean) => {
    setCollapsed(next);
    void browser.storage.local.set({ [KEY]: next });
  };
  return [collapsed, update];
}
