import { render } from 'preact';
import { reportThisPagesChanges } from '../../lib/protocol/store-changes';
import { PopupApp } from '../../views/popup/PopupApp';
import '../../components/base.css';
import '../../views/popup/popup.css';

reportThisPagesChanges();
render(<PopupApp />, document.getElementById('app')!);
