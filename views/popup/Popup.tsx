import { useEffect, useState } from 'preact/hooks';
import { FlagPanel, type Target } from '../../components/flag/FlagPanel';
import { loadTarget } from './target';

/** The toolbar popup: the flag form for the tab it acts for (components/flag/). */
export function Popup() {
  const [target, setTarget] = useState<Target>();
  useEffect(() => {
    loadTarget().then(setTarget, () => setTarget({ snapshot: null }));
  }, []);
  return <main class="popup">{target ? <FlagPanel target={target} /> : <p class="muted pad">Loading…</p>}</main>;
}
