import { useState } from 'preact/hooks';
import { errorMessage } from '../../../components/error-message';
import { send } from '../../../lib/protocol/send';

/** A one-time code (15 minutes) to sign in another browser as the same person. */
export function DeviceCode() {
  const [code, setCode] = useState<{ code: string; expiresAt: string }>();
  const [error, setError] = useState('');
  const make = async () => {
    setError('');
    try {
      const reply = await send('team:device-code');
      if (reply.ok) setCode({ code: reply.code, expiresAt: reply.expiresAt });
      else setError(reply.error);
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <section aria-labelledby="team-device-h">
      <h2 id="team-device-h">Another browser</h2>
      <p class="muted">Use Warmline in another browser as yourself: make a code here and paste it there, on the Team tab, with this server’s address.</p>
      <div class="actions">
        <button type="button" data-testid="wl-team-device-code" onClick={() => void make()}>
          Make a device code
        </button>
      </div>
      {code ? (
        <p role="status">
          <code data-testid="wl-team-device-code-value" class="code">
            {code.code}
          </code>{' '}
          <span class="muted">works once, until {new Date(code.expiresAt).toLocaleTimeString()}.</span>
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
