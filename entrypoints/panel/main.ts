// Order matters: the question goes out before the rest of the panel's code is evaluated.
import { heardAtHello, hello } from '../../views/panel/early-hello';
import { mountPanel } from '../../views/panel/mount';
import '../../components/base.css';
import '../../views/panel/panel.css';

performance.mark('warmline:panel-start');
void mountPanel(hello, heardAtHello, document.getElementById('app')!);
