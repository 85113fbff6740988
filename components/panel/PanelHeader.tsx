import type { ComponentChildren } from 'preact';
import type { ProfileSnapshot } from '../../lib/model/profile';
import { profileLine } from './profile-line';

type Props = {
  profile: ProfileSnapshot | null;
  /** The host knows what its tab shows (before that: nothing, not even the slug). */
  known: boolean;
  /** Only the name and `summary`: the in-page panel collapsed to its header. */
  collapsed?: boolean;
  summary?: string;
  /** The host's own controls (the in-page panel's collapse button). */
  children?: ComponentChildren;
};

/** Warmline's name, the prospect's, and what the page says they do, without repeating the name (a company page's company is its name). */
export function PanelHeader({ profile, known, collapsed = false, summary = '', children }: Props) {
  return (
    <header class="head">
      <div class="who">
        <span class="brand">Warmline</span>
        <h1 data-testid="wl-profile-name">{profile?.fullName ?? (known ? profile?.slug ?? '' : '')}</h1>
        {profile && !collapsed ? (
          <p class="about" data-testid="wl-profile-line">
            {profileLine(profile)}
          </p>
        ) : null}
        {collapsed && summary ? (
          <p class="summary" data-testid="wl-summary">
            {summary}
          </p>
        ) : null}
      </div>
      {children}
    </header>
  );
}
