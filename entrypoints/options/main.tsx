import { render } from 'preact';
import { reportThisPagesChanges } from '../../lib/protocol/store-changes';
import { OptionsApp } from '../../views/options/OptionsApp';
import '../../components/base.css';
import '../../views/options/options.css';

reportThisPagesChanges();
render(<OptionsApp />, document.getElementById('app')!);
