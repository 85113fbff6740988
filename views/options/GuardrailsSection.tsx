import { useEffect, useState } from 'preact/hooks';
import { NO_PUBLIC_SHARE_TAG, setGuardrail, type GuardrailMap } from '../../lib/actions/guardrails';
import { loadGuardrails, saveGuardrails } from '../../lib/actions/guardrails-store';
import { listContent, type StoreName } from '../../lib/db';
import { useAsync, useStoreVersion } from '../../components/hooks';

const STORES: StoreName[] = ['content', 'meta'];

/**
 * Marketing's per-item guardrails: a disclosure that goes out with the item, and "not for public
 * posts" (copy and insert only). Kept on this device, keyed by item id; a pack can also mark an
 * item copy-only with the tag `no-public-share`.
 */
export function GuardrailsSection() {
  const version = useStoreVersion(STORES);
  const { value } = useAsync(async () => ({ items: await listContent(), saved: await loadGuardrails() }), [version]);
  // Taken from the store once: later library changes must not wipe what marketing is typing.
  const [draft, setDraft] = useState<GuardrailMap | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    if (value && draft === null) setDraft(value.saved);
  }, [value]);

  const items = (value?.items ?? []).filter((item) => item.status !== 'retired').sort((a, b) => a.title.localeCompare(b.title));
  const edit = (id: string, patch: { disclosure?: string; noPublicShare?: boolean }) =>
    setDraft((current) => ({ ...current, [id]: { ...current?.[id], ...patch } }));
  const save = async (event: Event) => {
    event.preventDefault();
    const cleaned = Object.entries(draft ?? {}).reduce<GuardrailMap>((map, [id, rule]) => setGuardrail(map, id, rule), {});
    await saveGuardrails(cleaned);
    setMessage('Guardrails saved. Reps see them at once.');
  };

  return (
    <section class="guardrails" aria-labelledby="guardrails-h">
      <h2 id="guardrails-h">Sharing guardrails</h2>
      <p class="muted">
        A disclosure is added to whatever a rep copies, inserts or shares from that item. "Not for public posts" hides
        Share; copy and insert into a private message stay. Items tagged <code>{NO_PUBLIC_SHARE_TAG}</code> in a pack are
        never shared publicly.
      </p>
      {draft && items.length ? (
        <form onSubmit={save}>
          <table>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Required disclosure</th>
                <th scope="col">Not for public posts</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const rule = draft[item.id] ?? {};
                const tagged = (item.tags ?? []).some((tag) => tag.trim().toLowerCase() === NO_PUBLIC_SHARE_TAG);
                return (
                  <tr key={item.id} data-content-id={item.id}>
                    <th scope="row">{item.title}</th>
                    <td>
                      <input
                        type="text"
                        maxLength={500}
                        aria-label={`Disclosure for ${item.title}`}
                        data-testid="wl-guardrail-disclosure"
                        placeholder="e.g. I work at Acme."
                        value={rule.disclosure ?? ''}
                        onInput={(event) => edit(item.id, { disclosure: (event.target as HTMLInputElement).value })}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${item.title} is not for public posts`}
                        data-testid="wl-guardrail-no-share"
                        checked={tagged || Boolean(rule.noPublicShare)}
                        disabled={tagged}
                        title={tagged ? `Tagged ${NO_PUBLIC_SHARE_TAG} in its pack` : undefined}
                        onChange={(event) => edit(item.id, { noPublicShare: (event.target as HTMLInputElement).checked })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div class="actions">
            <button type="submit" class="primary" data-testid="wl-guardrails-save">
              Save guardrails
            </button>
          </div>
        </form>
      ) : (
        <p class="muted">{draft ? 'No content in the library yet.' : 'Loading…'}</p>
      )}
      <p role="status">{message}</p>
    </section>
  );
}
