import { useEffect, useMemo, useState } from 'preact/hooks';
import { copyText } from '../../lib/actions/clipboard';
import { shareUrlFor } from '../../lib/actions/share';
import type { IntroHint } from '../../lib/match/warm-intros';
import type { ContentItem } from '../../lib/model/content';
import type { ProfileSnapshot } from '../../lib/model/profile';
import { valuesFor } from '../../lib/personalize';
import type { InsertOutcome, PanelHello } from '../../lib/protocol/replies';
import { send } from '../../lib/protocol/send';
import { IntroCard } from './IntroCard';
import { lazyComponent } from './lazy';
import { SuggestionCard } from './SuggestionCard';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { useLibrarySearch } from './useLibrarySearch';

// Secondary: it asks for the whole library, so it loads once intros and suggestions are up.
const NewForYou = lazyComponent(() => import('./PanelNewForYou').then((module) => module.PanelNewForYou));

type Action = 'copy' | 'insert' | 'share' | 'intro-request';

/** The prospect's intros and suggestions, as the background prepared them, and the library search. */
export function Prospect({ profile, page }: { profile: ProfileSnapshot; page: PanelHello }) {
  const view = page.view;
  const idle = useAfterFirstPaint();
  const [status, setStatus] = useState('');
  const [query, setQuery] = useState('');
  const search = useLibrarySearch(query);
  const settings = view?.settings;
  const values = useMemo(() => (settings ? valuesFor(profile, settings) : {}), [profile, settings]);

  useEffect(() => {
    // `npm run bench` reads this mark: the moment the rep sees intros and suggestions.
    if (view) performance.mark('warmline:panel-filled');
  }, [view]);

  if (page.viewError) return <p class="error pad" role="alert">Warmline could not read its data: {page.viewError}</p>;
  if (!view || !settings) return <p class="muted pad">Loading…</p>;

  // Every action the rep takes is recorded by the background, signed with the rep's name.
  const record = (action: Action, ids: { contentId?: string; relationshipId?: string }) =>
    send('activity:record', { action, profile, ...ids }).catch(() => undefined);

  const copy = async (text: string, contentId: string) => {
    const copied = await copyText(text);
    setStatus(copied ? 'Copied. Paste it where you need it.' : 'Copy was blocked by the browser: select the text and copy it.');
    if (copied) await record('copy', { contentId });
  };
  const insert = async (text: string, contentId: string) => {
    const outcome = await send('panel:insert', { text }).catch((): InsertOutcome => ({ ok: false, reason: 'page-gone' }));
    if (outcome.ok) {
      setStatus('Inserted into the message box. Review it, then press Send on LinkedIn.');
      await record('insert', { contentId });
    } else {
      setStatus('Open a message to this person on LinkedIn first, then press Insert again.');
    }
  };
  const share = async (item: ContentItem, commentary: string) => {
    if (!item.url) return;
    // One click: LinkedIn's composer opens with the commentary and the tracked link; the rep presses Post.
    window.open(shareUrlFor({ id: item.id, url: item.url }, commentary, settings), '_blank', 'noopener');
    setStatus('LinkedIn\'s share box opened in a new tab. Press Post there when you are happy with it.');
    await record('share', { contentId: item.id });
  };
  const askIntro = async (hint: IntroHint) => {
    await record('intro-request', { relationshipId: hint.relationship.id });
    setStatus(`Intro request to ${hint.relationship.knownBy.name} prepared: copy the note or email it.`);
  };
  const copyNote = async (text: string, what: string) => {
    const copied = await copyText(text);
    setStatus(copied ? `${what} copied.` : 'Copy was blocked by the browser: select the text and copy it.');
  };

  const cardProps = { values, onCopy: copy, onInsert: insert, onShare: share, guardrails: view.guardrails, profile };
  const nothing = view.intros.length === 0 && view.suggestions.length === 0;
  return (
    <div class="content">
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      {idle ? <NewForYou /> : null}
      {nothing ? (
        <p class="empty" data-testid="wl-empty">
          Nothing in your library or relationships fits {profile.fullName ?? 'this profile'} yet. Search the library below, or
          flag a relationship from the toolbar button.
        </p>
      ) : null}
      {view.intros.length ? (
        <section aria-labelledby="wl-intros-h">
          <h2 id="wl-intros-h">Warm intros ({view.intros.length})</h2>
          <ul class="list">
            {view.intros.map((hint) => (
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
      {view.suggestions.length ? (
        <section aria-labelledby="wl-suggest-h">
          <h2 id="wl-suggest-h">Suggested messaging</h2>
          <ul class="list">
            {view.suggestions.map((suggestion) => (
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
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        {query.trim() && search.searching ? <p class="muted">Searching the library…</p> : null}
        {query.trim() && !search.searching && !search.results.length ? <p class="muted">No approved item mentions “{query}”.</p> : null}
        <ul class="list">
          {search.results.map((item) => (
            <SuggestionCard key={item.id} suggestion={{ item, reasons: ['Found by search'] }} testId="wl-search-result" {...cardProps} />
          ))}
        </ul>
      </section>
    </div>
  );
}
