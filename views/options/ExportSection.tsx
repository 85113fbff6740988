import { useState } from 'preact/hooks';
import { errorMessage } from '../../components/error-message';
import { exportAll, exportRelationshipsCsv } from '../../lib/pack/export';
import { downloadText } from './download';

/** Everything as a pack (re-importable, docs/PACK-FORMAT.md), or the relationships as a spreadsheet. */
export function ExportSection() {
  const [message, setMessage] = useState('');
  const run = (make: () => Promise<string>, fileName: string, type: string, done: string) => async () => {
    try {
      downloadText(await make(), fileName, type);
      setMessage(done);
    } catch (error) {
      setMessage(`Nothing was exported: ${errorMessage(error)}`);
    }
  };
  return (
    <section aria-labelledby="export-h">
      <h2 id="export-h">Export</h2>
      <div class="actions">
        <button
          type="button"
          data-testid="wl-export"
          onClick={run(() => exportAll(), `warmline-pack-${today()}.json`, 'application/json', 'Pack exported.')}
        >
          Export library and relationships (pack)
        </button>
        <button
          type="button"
          data-testid="wl-export-csv"
          onClick={run(exportRelationshipsCsv, `warmline-relationships-${today()}.csv`, 'text/csv', 'Relationships exported as CSV.')}
        >
          Export relationships (CSV)
        </button>
      </div>
      <p role="status" data-testid="wl-export-status">
        {message}
      </p>
    </section>
  );
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
