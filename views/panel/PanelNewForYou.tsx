import { NewForYou } from '../../components/NewForYou';
import { useUnseen } from './useUnseen';

/** "New for you", compact, with items from the background. */
export function PanelNewForYou() {
  return <NewForYou compact {...useUnseen()} />;
}
