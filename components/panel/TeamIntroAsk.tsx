import { useId, useState } from 'preact/hooks';
import { introReason } from '../../lib/actions/intro-request';
import type { ProfileSnapshot } from '../../lib/model/profile';
import type { PanelIntro } from '../../lib/protocol/replies';
import { firstName, introStatusWords } from '../words';
import { ActionRow } from './ActionRow';
import { usePanelHost } from './host';

type Props = { hint: PanelIntro; profile: ProfileSnapshot };

/**
 * In a team, an intro is asked through the server: the rep writes a short reason (prefilled from
 * the prospect and the flag), and the request's state shows here until it is answered. A request
 * still open, or answered with an intro, is not asked twice.
 */
export function TeamIntroAsk({ hint, profile }: Props) {
  const host = usePanelHost();
  const rel = hint.relationship;
  const request = hint.request;
  const holder = firstName(request?.holder ?? rel.knownBy.name) ?? rel.knownBy.name;
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState(() => introReason(rel, profile));
  const id = useId();
  const mayAsk = !request || request.state === 'declined';

  const send = async () => {
    const outcome = await host.askIntro(profile, rel.id, reason);
    if (!outcome.ok) return { tone: 'warn' as const, short: 'Not sent', detail: outcome.error };
    setAsking(false);
    return { tone: 'ok' as const, short: 'Sent', detail: `Sent to ${holder}: you will see the answer here.` };
  };

  return (
    <>
      {request ? (
        <p class={`intro-status state-${request.state}`} data-testid="wl-intro-status" data-state={request.state} role="status">
          {introStatusWords(request)}
        </p>
      ) : null}
      {mayAsk && !asking ? (
        <div class="actions">
          <button type="button" data-testid="wl-ask-intro" onClick={() => setAsking(true)}>
            {request ? `Ask ${holder} again` : `Ask ${holder} for an intro`}
          </button>
        </div>
      ) : null}
      {mayAsk && asking ? (
        <div class="ask">
          <label for={`${id}-reason`}>Why you would like the intro ({holder} sees this)</label>
          <textarea id={`${id}-reason`} rows={4} maxLength={1000} value={reason} data-testid="wl-intro-reason" onInput={(e) => setReason(e.currentTarget.value)} />
          <ActionRow actions={[{ key: 'send', label: `Send to ${holder}`, testId: 'wl-intro-send', primary: true, run: send }]}>
            <button type="button" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </ActionRow>
        </div>
      ) : null}
    </>
  );
}
