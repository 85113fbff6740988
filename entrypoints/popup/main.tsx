import { render } from 'preact';
import { PopupApp } from '../../views/popup/PopupApp';
import '../../components/base.css';
import '../../views/popup/popup.css';

render(<PopupApp />, document.getElementById('app')!);
