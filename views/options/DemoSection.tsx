import { useState } from 'preact/hooks';
import { loadDemoPack } from '../../lib/demo/load-demo';

/** One click gives a new user something to look at. */
export function DemoSection() {
  const [message, setMessage] = useState('');
  const load = async () => {
    try {
      const report = await loadDemoPack();
      setMessage(`Demo pack loaded: ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged.`);
    } catch (error) {
      setMessage(`The demo pack could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <section aria-labelledby="demo-h">
      <h2 id="demo-h">Try it</h2>
      <p>Load a small demo library (approved messages, posts, objection answers) and a few relationships.</p>
      <button type="button" data-testid="wl-load-demo" onClick={load}>
        Load the demo pack
      </button>
      <p role="status">{message}</p>
    </section>
  );
}
