import { useEffect, useState } from 'preact/hooks';
import { FlagPanel, type Target } from '../../components/flag/FlagPanel';
import { send } from '../../lib/protocol/send';
import { loadTarget } from './target';

/** The toolbar popup: the flag form for the tab it acts for (components/flag/). */
export function Popup() {
  const [target, setTarget] = useState<Target>();
  useEffect(() => {
    loadTarget().then(setTarget, () => setTarget({ snapshot: null }));
    // In a team, what teammates flagged meanwhile comes now.
    send('team:sync').catch(() => undefined);
  }, []);
  return <main class="popup">{target ? <FlagPanel target={target} /> : <p class="muted pad">Loading…</p>}</main>;
}
