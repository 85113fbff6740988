import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { saveSettings } from '../../lib/db';
import type { Settings } from '../../lib/model/settings';
import { describedBy, FieldError } from '../../components/FieldError';
import { errorMessage } from '../../components/error-message';
import { DemoSection } from './DemoSection';
import { hasLibrary, type Setup } from './useSetup';
import { useSubscribe } from './useSubscribe';

type Props = {
  settings: Settings;
  setup: Setup | undefined;
  /** The options page has a team tab (joining a Warmline Team server): then it is one of the ways in. */
  teamTab: boolean;
};

const ROLES: Array<{ value: Settings['role']; label: string; hint: string }> = [
  { value: 'rep', label: 'I sell', hint: 'warm intros and approved messages beside each profile' },
  { value: 'marketer', label: 'I run marketing', hint: 'I curate the library and flag who we know' },
];

function Step({ n, done, title, children }: { n: number; done: boolean; title: string; children: ComponentChildren }) {
  return (
    <li class={done ? 'step done' : 'step'} data-testid={`wl-start-step-${n}`} data-done={done ? 'true' : 'false'}>
      <span class="step-mark" aria-hidden="true">
        {done ? '✓' : n}
      </span>
      <div class="step-body">
        <h3>
          {title}
          {done ? <span class="visually-hidden"> (done)</span> : null}
        </h3>
        {children}
      </div>
    </li>
  );
}

/** Step 1: who you are. Your name signs messages and marks what you flag; your role decides what this page leads with. */
function WhoYouAre({ settings }: { settings: Settings }) {
  const [name, setName] = useState(settings.name);
  const [role, setRole] = useState(settings.role);
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState(!settings.name.trim());
  const save = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return setError('Enter your name: it signs your messages and marks the relationships you flag.');
    try {
      await saveSettings({ name: name.trim(), role });
      setError(undefined);
      setEditing(false);
    } catch (failure) {
      setError(`Not saved: ${errorMessage(failure)}`);
    }
  };
  if (!editing) {
    return (
      <p>
        You are <strong>{settings.name}</strong>, {settings.role === 'rep' ? 'in sales' : 'in marketing'}.{' '}
        <button type="button" class="link" onClick={() => setEditing(true)}>
          Change
        </button>
      </p>
    );
  }
  return (
    <form class="start-you" onSubmit={save} noValidate>
      <label>
        Your name
        <input data-testid="wl-start-name" autocomplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} {...describedBy('start-name-err', error)} />
      </label>
      <FieldError id="start-name-err" message={error} />
      <fieldset class="roles">
        <legend>Your role</legend>
        {ROLES.map((option) => (
          <label key={option.value} class="role">
            <input type="radio" name="role" value={option.value} data-testid={`wl-start-role-${option.value}`} checked={role === option.value} onChange={() => setRole(option.value)} />
            <span>
              <strong>{option.label}</strong> <span class="muted">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div class="actions">
        <button type="submit" class="primary" data-testid="wl-start-save">
          Continue
        </button>
      </div>
    </form>
  );
}

/** Step 2: the team's library, by the pack link marketing shared, the team's server, or the demo. */
function TeamLibrary({ setup, teamTab, role }: { setup: Setup | undefined; teamTab: boolean; role: Settings['role'] }) {
  const { url, setUrl, error, busy, subscribe } = useSubscribe();
  return (
    <>
      {setup && hasLibrary(setup) ? (
        <p class="ok" data-testid="wl-start-library">
          Warmline has {setup.approved} approved {setup.approved === 1 ? 'item' : 'items'} and {setup.relationships}{' '}
          {setup.relationships === 1 ? 'relationship' : 'relationships'}
          {setup.subscriptions ? `, from ${setup.subscriptions === 1 ? 'a team pack' : `${setup.subscriptions} team packs`}` : ''}.{' '}
          <a href="#packs">Manage packs</a>
        </p>
      ) : null}
      <div class="ways">
        <form class="way" onSubmit={subscribe} noValidate>
          <h4>Your team's pack link</h4>
          <p class="muted">Marketing publishes the library as a pack at a web address. Paste it here: Warmline keeps it up to date.</p>
          <label>
            Pack address
            <input
              type="text"
              inputMode="url"
              data-testid="wl-start-pack-url"
              placeholder="packs.example.com/team.json"
              value={url}
              onInput={(e) => setUrl(e.currentTarget.value)}
              {...describedBy('start-pack-err', error || undefined)}
            />
          </label>
          <FieldError id="start-pack-err" message={error || undefined} />
          <div class="actions">
            <button type="submit" class="primary" disabled={busy} data-testid="wl-start-subscribe">
              {busy ? 'Subscribing…' : 'Subscribe'}
            </button>
          </div>
        </form>
        {teamTab ? (
          <div class="way">
            <h4>Your team's Warmline server</h4>
            <p class="muted">If your company runs Warmline Team, join it with the address and code your admin sent you.</p>
            <p>
              <a href="#team">Join your team</a>
            </p>
          </div>
        ) : null}
        <div class="way">
          <DemoSection compact />
        </div>
      </div>
      {role === 'marketer' ? (
        <p class="muted">
          Building the library yourself? <a href="#library">Write the first item</a>, then share it as a pack from <a href="#packs">Packs</a>.
        </p>
      ) : null}
    </>
  );
}

/**
 * The first run, and a rep's home: who you are, your team's library, then a profile to open.
 * Each step says when it is done; the options page opens here until the first two are.
 */
export function GetStarted({ settings, setup, teamTab }: Props) {
  const named = Boolean(settings.name.trim());
  const stocked = setup ? hasLibrary(setup) : false;
  return (
    <section class="start" aria-labelledby="start-h" data-testid="wl-start">
      <h2 id="start-h">{named && stocked ? 'You are set up' : 'Get started'}</h2>
      <p class="muted">
        {named && stocked
          ? 'Beside each LinkedIn profile, Warmline shows who on your team knows them and what to send. Change anything here at any time.'
          : 'Three steps, a minute each. Warmline then shows, beside each LinkedIn profile, who on your team knows them and what to send.'}
      </p>
      <ol class="steps">
        <Step n={1} done={named} title="Who are you?">
          <WhoYouAre settings={settings} />
        </Step>
        <Step n={2} done={stocked} title="Bring in your team's library">
          <TeamLibrary setup={setup} teamTab={teamTab} role={settings.role} />
        </Step>
        <Step n={3} done={false} title="Open a LinkedIn profile">
          <p>
            Warmline appears beside any profile or company page.{' '}
            <a href="https://www.linkedin.com/feed/" target="_blank" rel="noopener" data-testid="wl-start-linkedin">
              Open LinkedIn
            </a>{' '}
            and go to someone you plan to contact. Flag the people you know with the Warmline button in the toolbar.
          </p>
        </Step>
      </ol>
    </section>
  );
}
