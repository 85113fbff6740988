import type { ProspectView } from '../../lib/protocol/replies';

type Props = { library: ProspectView['library']; who: string };

const link = (hash: string, text: string, testId: string) => (
  <a href={`options.html#${hash}`} target="_blank" rel="noopener" data-testid={testId}>
    {text}
  </a>
);

/** Why no intro shows: no relationships at all, or nobody flagged this one. Never the prospect's fault. */
export function NoIntros({ library, who }: Props) {
  if (!library.anyRelationships) {
    return (
      <p class="missing" data-testid="wl-missing-intros">
        No relationships yet: {link('packs', "import your team's", 'wl-link-packs')}, or flag people you know with the Warmline toolbar
        button.
      </p>
    );
  }
  return (
    <p class="missing" data-testid="wl-missing-intros">
      Nobody on your team has flagged {who} or their company yet. If you know them, flag them with the Warmline toolbar button.
    </p>
  );
}

/** Why no message shows: an empty library, or nothing in it aimed at this profile. */
export function NoSuggestions({ library }: Pick<Props, 'library'>) {
  if (!library.approved) {
    return (
      <p class="missing" data-testid="wl-missing-suggestions">
        Your library has no approved messages yet: {link('packs', "subscribe to your team's pack", 'wl-link-library')}, or load the demo from{' '}
        {link('start', 'Get started', 'wl-link-start')}.
      </p>
    );
  }
  const fit = library.approved === 1 ? 'Your one approved item is not' : `None of your ${library.approved} approved items is`;
  return (
    <p class="missing" data-testid="wl-missing-suggestions">
      {fit} aimed at this profile. Search the library above for anything else.
    </p>
  );
}

/** Nothing at all to show: what is missing, and where to get it. */
export function NothingYet({ library, who }: Props) {
  if (!library.approved && !library.anyRelationships) {
    return (
      <div class="empty" data-testid="wl-empty">
        <p>
          <strong>Warmline has nothing to show yet:</strong> your library and your team's relationships are empty.
        </p>
        <p>{link('start', "Connect your team's library, or try the demo", 'wl-link-start')}.</p>
      </div>
    );
  }
  return (
    <div class="empty" data-testid="wl-empty">
      <NoIntros library={library} who={who} />
      <NoSuggestions library={library} />
    </div>
  );
}
