import { useEffect, useState } from 'preact/hooks';
import { send } from '../../lib/protocol/send';
import type { NewForYouProps } from '../../components/NewForYou';
import { changesShown, onNotice } from './notices';

/** "New for you" in the panel: asked of the background, again whenever the library changes. */
export function useUnseen(): Pick<NewForYouProps, 'unseen' | 'onGotIt'> {
  const [unseen, setUnseen] = useState<NewForYouProps['unseen']>();
  const [version, setVersion] = useState(0);
  useEffect(() => onNotice((notice) => changesShown(notice) && setVersion((v) => v + 1)), []);
  useEffect(() => {
    let live = true;
    send('library:unseen').then((items) => live && setUnseen(items), () => undefined);
    return () => {
      live = false;
    };
  }, [version]);
  const onGotIt = async (ids: string[]) => {
    await send('library:mark-seen', { ids });
  };
  return { unseen, onGotIt };
}
