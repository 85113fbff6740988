// Order matters: the question goes out before the rest of the panel's code is evaluated.
import { hello } from '../../components/panel/early-hello';
import { mountPanel } from '../../components/panel/mount';
import '../../components/base.css';
import '../../components/panel/panel.css';

performance.mark('warmline:panel-start');
void mountPanel(hello, document.getElementById('app')!);
