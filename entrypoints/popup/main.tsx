import { render } from 'preact';
import { reportWritesFromThisPage } from '../../lib/protocol/store-changes';
import { PopupApp } from '../../views/popup/PopupApp';
import '../../components/base.css';
import '../../views/popup/popup.css';

reportWritesFromThisPage();
render(<PopupApp />, document.getElementById('app')!);
