import { useEffect, useState } from 'preact/hooks';
import { panelCollapsed } from '../../lib/browser-storage/panel-collapsed';

export function useCollapsed(): [boolean, (collapsed: boolean) => void] {
  const [collapsed, setCollapsed] = useState(false);
  useEffect(() => {
    panelCollapsed.get().then(setCollapsed, () => undefined);
  }, []);
  const update = (next: boolean) => {
    setCollapsed(next);
    void panelCollapsed.set(next);
  };
  return [collapsed, update];
}
