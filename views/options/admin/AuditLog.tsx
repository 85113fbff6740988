import { useEffect, useState } from 'preact/hooks';
import type { AuditEntry } from '../../../lib/model';
import { adminRequest } from './useAdmin';

/** What happened on the server, newest first, a page at a time. */
export function AuditLog() {
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [error, setError] = useState('');
  const [more, setMore] = useState(false);
  const load = async (before?: number) => {
    const reply = await adminRequest({ kind: 'audit', ...(before ? { before } : {}) });
    if (!reply.ok) return setError(reply.error);
    if (reply.kind !== 'audit') return;
    setEntries((current) => (before ? [...current, ...reply.entries] : reply.entries));
    setMore(reply.entries.length === 100);
  };
  useEffect(() => void load(), []);
  return (
    <>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <table class="audit" data-testid="wl-admin-audit">
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Record</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>{new Date(entry.at).toLocaleString()}</td>
              <td>{entry.actor.name}</td>
              <td>{entry.action}</td>
              <td class="muted small">
                {entry.kind} {entry.recordId}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more ? (
        <button type="button" onClick={() => void load(entries.at(-1)?.id)}>
          Older entries
        </button>
      ) : null}
    </>
  );
}
