import { render } from 'preact';
import { reportWritesFromThisPage } from '../../lib/protocol/store-changes';
import { OptionsApp } from '../../views/options/OptionsApp';
import '../../components/base.css';
import '../../views/options/options.css';

reportWritesFromThisPage();
render(<OptionsApp />, document.getElementById('app')!);
