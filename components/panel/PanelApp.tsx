import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { copyText } from '../../lib/actions/clipboard';
import { recordActivity } from '../../lib/actions/record';
import { shareUrlFor } from '../../lib/actions/share';
import type { StoreName } from '../../lib/db';
import { searchLibrary } from '../../lib/match/search';
import type { IntroHint } from '../../lib/match/warm-intros';
import type { InsertOutcome } from '../../lib/messaging';
import type { ProfileSnapshot } from '../../lib/model/profile';
import { loadApprovedContent, loadWarmIntros } from '../../lib/panel-data';
import { suggestContent } from '../../lib/match/suggest';
import { valuesFor } from '../../lib/personalize';
import { useAsync, useSettings, useStoreVersion } from '../hooks';
import { IntroCard } from './IntroCard';
import { SuggestionCard } from './SuggestionCard';
import { useCollapsed } from './useCollapsed';
import { useTabPage } from './useTabPage';
import { NewForYou } from '../NewForYou';

const CONTENT_STORES: StoreName[] = ['content'];
const RELATIONSHIP_STORES: StoreName[] = ['relationships'];

export function PanelApp() {
  const page = useTabPage();
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
      {!collapsed && profile ? <ProspectView profile={profile} /> : null}
      {!collapsed && page && !profile ? <p class="muted pad">Reading this profile…</p> : null}
    </main>
  );
}

function ProspectView({ profile }: { profile: ProfileSnapshot }) {
  const [settings] = useSettings();
  const contentVersion = useStoreVersion(CONTENT_STORES);
  const relationshipVersion = useStoreVersion(RELATIONSHIP_STORES);
  const approvedState = useAsync(loadApprovedContent, [contentVersion]);
  const introState = useAsync(
    async () => ({ profile, intros: await loadWarmIntros(profile) }),
    [profile, relationshipVersion],
  );
  const error = approvedState.error ?? introState.error;
  const data = useMemo(() => {
    const approved = approvedState.value;
    // Never show the previous prospect's intros under this one's name.
    const intros = introState.value?.profile === profile ? introState.value.intros : undefined;
    if (!approved || !intros) return undefined;
    return { approved, intros, suggestions: suggestContent(profile, approved, new Date()) };
  }, [approvedState.value, introState.value, profile]);
  const [status, setStatus] = useState('');
  const [query, setQuery] = useState('');
  const values = useMemo(() => valuesFor(profile, settings), [profile, settings]);
  const actor = settings.name || undefined;

  useEffect(() => {
    // `npm run bench` reads this mark: the moment the rep sees intros and suggestions.
    if (data) performance.mark('warmline:panel-filled');
  }, [data]);

  const found = useMemo(
    () => (data && query.trim() ? searchLibrary(data.approved, query, new Date(), 10) : []),
    [data, query],
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
  const share = async (contentId: string, commentary: string) => {
    const item = data.approved.find((candidate) => candidate.id === contentId);
    if (!item?.url) return;
    // One click: LinkedIn's composer opens with the commentary and the tracked link; the rep presses Post.
    window.open(shareUrlFor({ id: item.id, url: item.url }, commentary, settings), '_blank', 'noopener');
    setStatus('LinkedIn\'s share box opened in a new tab. Press Post there when you are happy with it.');
    await recordActivity('share', profile, { contentId, actor });
  };
  const askIntro = async (hint: IntroHint) => {
    await recordActivity('intro-request', profile, { relationshipId: hint.relationship.id, actor });
    setStatus(`Intro request to ${hint.relationship.knownBy.name} prepared: copy the note or email it.`);
  };
  const copyNote = async (text: string, what: string) => {
    const copied = await copyText(text);
    setStatus(copied ? `${what} copied.` : 'Copy was blocked by the browser: select the text and copy it.');
  };

  const cardProps = { values, onCopy: copy, onInsert: insert, onShare: share, profile, actor };
  const nothing = data.intros.length === 0 && data.suggestions.length === 0;
  return (
    <div class="content">
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <NewForYou compact />
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
        {query.trim() && !found.length ? <p class="muted">No approved item mentions “{query}”.</p> : null}
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
