import { useEffect, useState } from 'preact/hooks';
import { NewForYou, type NewForYouProps } from '../NewForYou';
import { usePanelHost } from './host';

/** "New for you", compact, with items from the host, asked again whenever the library changes. */
export function PanelNewForYou() {
  const host = usePanelHost();
  const [unseen, setUnseen] = useState<NewForYouProps['unseen']>();
  const [version, setVersion] = useState(0);
  useEffect(() => host.onLibraryChange(() => setVersion((v) => v + 1)), [host]);
  useEffect(() => {
    let live = true;
    host.unseen().then((items) => live && setUnseen(items), () => undefined);
    return () => {
      live = false;
    };
  }, [version, host]);
  return <NewForYou compact unseen={unseen} onGotIt={(ids) => host.markSeen(ids)} />;
}
