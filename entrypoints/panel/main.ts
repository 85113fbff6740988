// Order matters: the question goes out before the rest of the panel's code is evaluated.
import { heardAtHello, hello } from '../../views/panel/early-hello';
import { mountPanel } from '../../views/panel/mount';
import '../../components/base.css';
import '../../components/panel/panel.css';
import '../../views/panel/guard/guard.css';

performance.mark('warmline:panel-start');
void mountPanel(hello, heardAtHello, document.getElementById('app')!);
