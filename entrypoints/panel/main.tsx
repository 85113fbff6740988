import { render } from 'preact';
import { PanelApp } from '../../components/panel/PanelApp';
import { prefetchApprovedContent } from '../../lib/panel-data';
import '../../components/base.css';
import '../../components/panel/panel.css';

prefetchApprovedContent();
performance.mark('warmline:panel-start');
render(<PanelApp />, document.getElementById('app')!);
