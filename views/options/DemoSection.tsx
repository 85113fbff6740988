import { useState } from 'preact/hooks';
import { loadDemoPack } from '../../lib/demo/load-demo';
import { errorMessage } from '../../components/error-message';

/** One click gives a new user something to look at. `compact`: one of the first run's ways in. */
export function DemoSection({ compact = false }: { compact?: boolean }) {
  const [message, setMessage] = useState<{ text: string; ok: boolean }>();
  const load = async () => {
    try {
      const report = await loadDemoPack();
      setMessage({ text: `Demo pack loaded: ${report.added} added, ${report.updated} updated, ${report.unchanged} already there.`, ok: true });
    } catch (error) {
      setMessage({ text: `The demo pack could not be loaded: ${errorMessage(error)}`, ok: false });
    }
  };
  const Heading = compact ? 'h4' : 'h2';
  return (
    <section aria-labelledby={compact ? 'demo-h-start' : 'demo-h'} class={compact ? 'demo compact' : 'demo'}>
      <Heading id={compact ? 'demo-h-start' : 'demo-h'}>{compact ? 'Or try the demo' : 'Try it'}</Heading>
      <p class="muted">A small demo library (approved messages, a post, objection answers) and a few invented relationships.</p>
      <div class="actions">
        <button type="button" data-testid="wl-load-demo" onClick={load}>
          Load the demo pack
        </button>
      </div>
      <p role="status" class={message?.ok === false ? 'error' : 'ok'}>
        {message?.text ?? ''}
      </p>
    </section>
  );
}
