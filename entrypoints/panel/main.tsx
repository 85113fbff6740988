import { render } from 'preact';
import { PanelApp } from '../../components/panel/PanelApp';
import '../../components/base.css';
import '../../components/panel/panel.css';

render(<PanelApp />, document.getElementById('app')!);
