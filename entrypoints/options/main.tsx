import { render } from 'preact';
import { OptionsApp } from '../../views/options/OptionsApp';
import '../../components/base.css';
import '../../views/options/options.css';

render(<OptionsApp />, document.getElementById('app')!);
