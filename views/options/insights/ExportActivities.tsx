import { useState } from 'preact/hooks';
import { activitiesToCsv } from '../../../lib/insights/activity-csv';
import { downloadText } from '../download';
import { loadInsightSources } from './useInsightSources';

/** Activities as a CSV for HubSpot or Salesforce (mapping: docs/ACTIVITY-CSV.md). */
export function ExportActivities() {
  const [message, setMessage] = useState('');
  const exportCsv = async () => {
    const sources = await loadInsightSources();
    downloadText(activitiesToCsv(sources), `warmline-activities-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv');
    setMessage(`${sources.activities.length} ${sources.activities.length === 1 ? 'activity' : 'activities'} exported.`);
  };
  return (
    <div>
      <p class="muted">
        One completed task per copy, insert, share, intro request and feedback, ready to import into HubSpot (Activities
        &gt; Tasks) or Salesforce (Data Loader, Task). Cells a spreadsheet would run as formulas are neutralised.
      </p>
      <div class="actions">
        <button type="button" data-testid="wl-export-activities" onClick={exportCsv}>
          Export activities (CSV)
        </button>
      </div>
      <p role="status">{message}</p>
    </div>
  );
}
