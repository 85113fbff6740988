import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ProfileSnapshot } from '../../lib/model/profile';
import { valuesFor } from '../../lib/personalize';
import type { TypedValues } from '../../lib/personalize/gaps';
import type { ProspectView } from '../../lib/protocol/replies';
import { panelActions } from './actions';
import { usePanelHost } from './host';
import { IntroCard } from './IntroCard';
import { lazyComponent } from './lazy';
import { NoIntros, NoSuggestions, NothingYet } from './Missing';
import { SuggestionCard } from './SuggestionCard';
import { listWords } from '../../components/words';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { useLibrarySearch } from './useLibrarySearch';

// Secondary: they ask the host for more, so they load once intros and suggestions are up.
const NewForYou = lazyComponent(() => import('./PanelNewForYou').then((module) => module.PanelNewForYou));
const PendingVerdicts = lazyComponent(() => import('./PendingVerdicts').then((module) => module.PendingVerdicts));

type Props = { profile: ProfileSnapshot; view: ProspectView | undefined; viewError?: string | undefined; visitStart: Date };

/** A list of cards under its heading, or, when it is empty, why. */
function Section({ id, title, missing, children }: { id: string; title: string; missing: ComponentChildren; children: ComponentChildren[] }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children.length ? <ul class="list">{children}</ul> : missing}
    </section>
  );
}

/**
 * The prospect's intros and suggestions, as the host prepared them: search first (its
 * results show where the rep is looking), then what earlier visits left to answer, then intros
 * and messages, each card folded so the first message's buttons are in the first screen.
 */
export function Prospect({ profile, view, viewError, visitStart }: Props) {
  const host = usePanelHost();
  const idle = useAfterFirstPaint();
  const [query, setQuery] = useState('');
  // What the rep typed into gaps, for this prospect only (the component is keyed by the profile).
  const [typed, setTyped] = useState<TypedValues>({});
  const search = useLibrarySearch(query);
  const settings = view?.settings;
  const values = useMemo(() => (settings ? valuesFor(profile, settings) : {}), [profile, settings]);
  const actions = useMemo(() => (settings ? panelActions(profile, settings, host) : undefined), [profile, settings, host]);

  useEffect(() => {
    // `npm run bench` reads this mark: the moment the rep sees intros and suggestions (for whom: the side panel shows many).
    if (view) performance.mark('warmline:panel-filled', { detail: profile.slug });
  }, [view]);

  if (viewError) return <p class="error pad" role="alert">Warmline could not read its data: {viewError}</p>;
  if (!view || !settings || !actions) return <p class="muted pad">Loading…</p>;

  const who = values.firstName ?? profile.fullName ?? 'this person';
  const onType = (token: string, value: string) => setTyped((current) => ({ ...current, [token]: value }));
  const cardProps = { values, typed, onType, actions, guardrails: view.guardrails };
  const nothing = view.intros.length === 0 && view.suggestions.length === 0;
  const words = query.trim();

  return (
    <div class="content">
      <div class="search" role="search">
        <input
          type="search"
          data-testid="wl-search"
          aria-label="Search approved content: objection answers, FAQs, posts"
          placeholder="Search the library"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      {words ? (
        <section aria-labelledby="wl-search-h" class="results">
          <h2 id="wl-search-h">Found in the library</h2>
          {search.searching && !search.results.length ? <p class="muted">Searching the library…</p> : null}
          {!search.searching && !search.results.length ? <p class="muted">No approved item mentions “{words}”.</p> : null}
          <ul class="list">
            {search.results.map((item) => (
              <SuggestionCard key={item.id} suggestion={{ item, reasons: ['Found by search'] }} testId="wl-search-result" {...cardProps} />
            ))}
          </ul>
        </section>
      ) : null}
      {view.team ? (
        <p class="team-line muted" data-testid="wl-team-line">
          With your team, {listWords(view.team.names)}: their shared flags and approved library, and yours.
        </p>
      ) : null}
      {idle ? <PendingVerdicts profile={profile} firstName={values.firstName} visitStart={visitStart} /> : null}
      {idle ? <NewForYou /> : null}
      {nothing ? <NothingYet library={view.library} who={who} /> : null}
      {!nothing ? (
        <Section id="wl-intros-h" title={`Warm intros (${view.intros.length})`} missing={<NoIntros library={view.library} who={who} />}>
          {view.intros.map((hint) => (
            <IntroCard
              key={hint.relationship.id}
              hint={hint}
              profile={profile}
              prospectFirstName={values.firstName}
              senderName={settings.name}
              actions={actions}
            />
          ))}
        </Section>
      ) : null}
      {!nothing && view.moreIntros ? <p class="muted">…and {view.moreIntros} weaker matches not shown.</p> : null}
      {!nothing ? (
        <Section id="wl-suggest-h" title={`Suggested messaging (${view.suggestions.length})`} missing={<NoSuggestions library={view.library} />}>
          {view.suggestions.map((suggestion) => (
            <SuggestionCard key={suggestion.item.id} suggestion={suggestion} {...cardProps} />
          ))}
        </Section>
      ) : null}
    </div>
  );
}
