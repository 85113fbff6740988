import { render } from 'preact';
import { reportWritesFromThisPage } from '../../lib/protocol/store-changes';
import { followFrom } from '../../views/sidepanel/followed-tab';
import { prospectMemory } from '../../views/sidepanel/prospect-memory';
import { SidePanelApp } from '../../views/sidepanel/SidePanelApp';
import '../../components/base.css';
import '../../components/panel/panel.css';
import '../../components/flag/flag.css';
import '../../views/sidepanel/sidepanel.css';

// Its writes (records, verdicts, flags) reach the background, which tells the in-page panels.
reportWritesFromThisPage();
render(<SidePanelApp follow={followFrom(location.search)} memory={prospectMemory()} />, document.getElementById('app')!);
