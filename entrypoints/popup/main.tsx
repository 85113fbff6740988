import { render } from 'preact';
import { reportWritesFromThisPage } from '../../lib/protocol/store-changes';
import { Popup } from '../../views/popup/Popup';
import '../../components/base.css';
import '../../components/flag/flag.css';
import '../../views/popup/popup-window.css';

reportWritesFromThisPage();
render(<Popup />, document.getElementById('app')!);
