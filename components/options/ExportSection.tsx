import { useState } from 'preact/hooks';
import { exportAll } from '../../lib/pack/export';
import { listRelationships } from '../../lib/db';
import { relationshipsToCsv } from '../../lib/pack/csv';
import { downloadText } from './download';

export function ExportSection() {
  const [message, setMessage] = useState('');
  const exportPack = async () => {
    downloadText(await exportAll(), `warmline-pack-${today()}.json`, 'application/json');
    setMessage('Pack exported.');
  };
  const exportCsv = async () => {
    const relationships = (await listRelationships()).map(({ meta: _meta, keys: _keys, ...rel }) => rel);
    downloadText(relationshipsToCsv(relationships), `warmline-relationships-${today()}.csv`, 'text/csv');
    setMessage('Relationships exported as CSV.');
  };
  return (
    <section aria-labelledby="export-h">
      <h2 id="export-h">Export</h2>
      <div class="actions">
        <button type="button" data-testid="wl-export" onClick={exportPack}>
          Export library and relationships (pack)
        </button>
        <button type="button" data-testid="wl-export-csv" onClick={exportCsv}>
          Export relationships (CSV)
        </button>
      </div>
      <p role="status">{message}</p>
    </section>
  );
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
