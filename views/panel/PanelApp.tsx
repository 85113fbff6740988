import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { copyText } from '../../lib/actions/clipboard';
import { shareUrlFor } from '../../lib/actions/share';
import { searchLibrary } from '../../lib/match/search';
import type { IntroHint } from '../../lib/match/warm-intros';
import type { InsertOutcome, PanelHello } from '../../lib/messaging';
import type { ContentItem } from '../../lib/model/content';
import type { ProfileSnapshot } from '../../lib/model/profile';
import type { ProspectView } from '../../lib/panel-data';
import { valuesFor } from '../../lib/personalize';
import { useStoredValue } from '../../components/hooks';
import { lazyComponent } from './lazy';
import { DEFAULT_SETTINGS } from '../../lib/model/default-settings';
import type { StoreName } from '../../lib/db/schema';
import type { recordActivity as RecordActivity } from '../../lib/actions/record';
import { panelStore } from './store';
import { useProspectData } from './useProspectData';
import { IntroCard } from './IntroCard';
import { SuggestionCard } from './SuggestionCard';
import { useCollapsed } from './useCollapsed';
import { useTabPage } from './useTabPage';

const NewForYou = lazyComponent(() => import('../../components/NewForYou').then((module) => module.NewForYou));
const SETTINGS_STORES: StoreName[] = ['meta'];
const loadSettings = () => panelStore().then((store) => store.getSettings());
const recordActivity: typeof RecordActivity = (...args) => panelStore().then((store) => store.recordActivity(...args));

export function PanelApp({ hello, initial }: { hello: Promise<PanelHello>; initial?: PanelHello | undefined }) {
  const page = useTabPage(hello, initial);
  const [collapsed, setCollapsed] = useCollapsed();
  const theme = page?.theme ?? 'light';
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  const profile = page?.snapshot ?? null;
  return (
    <main class="panel" data-testid="wl-panel" aria-label="Warmline">
      <header class="head">
        <div class="who">
          <span class="brand">Warmline</span>
          <h1 data-testid="wl-profile-name">{profile?.fullName ?? (page ? profile?.slug ?? '' : '')}</h1>
          {profile && !collapsed ? (
            <p class="muted">{[profile.title ?? profile.headline, profile.company].filter(Boolean).join(' · ')}</p>
          ) : null}
        </div>
        <button
          type="button"
          class="icon"
          aria-expanded={!collapsed}
          aria-label={collapsed ? 'Expand Warmline' : 'Collapse Warmline'}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? '▸' : '▾'}
        </button>
      </header>
      {!collapsed && profile ? <Prospect profile={profile} first={page?.view} /> : null}
      {!collapsed && page && !profile ? <p class="muted pad">Reading this profile…</p> : null}
    </main>
  );
}

function Prospect({ profile, first }: { profile: ProfileSnapshot; first: ProspectView | undefined }) {
  const [settings] = useStoredValue(loadSettings, SETTINGS_STORES, DEFAULT_SETTINGS, first?.settings);
  const { data, approved, guardrails, idle, error } = useProspectData(profile, first);
  const [status, setStatus] = useState('');
  const [query, setQuery] = useState('');
  const values = useMemo(() => valuesFor(profile, settings), [profile, settings]);
  const actor = settings.name || undefined;

  useEffect(() => {
    // `npm run bench` reads this mark: the moment the rep sees intros and suggestions.
    if (data) performance.mark('warmline:panel-filled');
  }, [data]);

  const found = useMemo(
    () => (approved && query.trim() ? searchLibrary(approved, query, new Date(), 10) : []),
    [approved, query],
  );

  if (error) return <p class="error pad" role="alert">Warmline could not read its data: {String((error as Error).message ?? error)}</p>;
  if (!data) return <p class="muted pad">Loading…</p>;

  const copy = async (text: string, contentId: string) => {
    const copied = await copyText(text);
    setStatus(copied ? 'Copied. Paste it where you need it.' : 'Copy was blocked by the browser: select the text and copy it.');
    if (copied) await recordActivity('copy', profile, { contentId, actor });
  };
  const insert = async (text: string, contentId: string) => {
    const outcome = (await browser.runtime.sendMessage({ type: 'panel:insert', text })) as InsertOutcome;
    if (outcome.ok) {
      setStatus('Inserted into the message box. Review it, then press Send on LinkedIn.');
      await recordActivity('insert', profile, { contentId, actor });
    } else {
      setStatus('Open a message to this person on LinkedIn first, then press Insert again.');
    }
  };
  const share = async (item: ContentItem, commentary: string) => {
    if (!item.url) return;
    // One click: LinkedIn's composer opens with the commentary and the tracked link; the rep presses Post.
    window.open(shareUrlFor({ id: item.id, url: item.url }, commentary, settings), '_blank', 'noopener');
    setStatus('LinkedIn\'s share box opened in a new tab. Press Post there when you are happy with it.');
    await recordActivity('share', profile, { contentId: item.id, actor });
  };
  const askIntro = async (hint: IntroHint) => {
    await recordActivity('intro-request', profile, { relationshipId: hint.relationship.id, actor });
    setStatus(`Intro request to ${hint.relationship.knownBy.name} prepared: copy the note or email it.`);
  };
  const copyNote = async (text: string, what: string) => {
    const copied = await copyText(text);
    setStatus(copied ? `${what} copied.` : 'Copy was blocked by the browser: select the text and copy it.');
  };

  const cardProps = { values, onCopy: copy, onInsert: insert, onShare: share, guardrails, profile, actor };
  const nothing = data.intros.length === 0 && data.suggestions.length === 0;
  return (
    <div class="content">
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {/* Secondary: it reads the whole library, so it waits until intros and suggestions are up. */}
      {idle ? <NewForYou compact /> : null}
      {nothing ? (
        <p class="empty" data-testid="wl-empty">
          Nothing in your library or relationships fits {profile.fullName ?? 'this profile'} yet. Search the library below, or
          flag a relationship from the toolbar button.
        </p>
      ) : null}
      {data.intros.length ? (
        <section aria-labelledby="wl-intros-h">
          <h2 id="wl-intros-h">Warm intros ({data.intros.length})</h2>
          <ul class="list">
            {data.intros.map((hint) => (
              <IntroCard
                key={hint.relationship.id}
                hint={hint}
                profile={profile}
                senderName={settings.name}
                onAsk={askIntro}
                onCopy={copyNote}
              />
            ))}
          </ul>
        </section>
      ) : null}
      {data.suggestions.length ? (
        <section aria-labelledby="wl-suggest-h">
          <h2 id="wl-suggest-h">Suggested messaging</h2>
          <ul class="list">
            {data.suggestions.map((suggestion) => (
              <SuggestionCard key={suggestion.item.id} suggestion={suggestion} {...cardProps} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="wl-search-h" class="search">
        <h2 id="wl-search-h">Search the library</h2>
        <input
          type="search"
          data-testid="wl-search"
          aria-label="Search approved content: objection answers, FAQs, posts"
          placeholder="e.g. pricing, security, ROI"
          value={query}
          onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        />
        {query.trim() && !approved ? <p class="muted">Searching the library…</p> : null}
        {query.trim() && approved && !found.length ? <p class="muted">No approved item mentions “{query}”.</p> : null}
        <ul class="list">
          {found.map((item) => (
            <SuggestionCard
              key={item.id}
              suggestion={{ item, reasons: ['Found by search'] }}
              testId="wl-search-result"
              {...cardProps}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
