import { daysFromNow, expiringSoon, EXPIRY_PANEL_DAYS } from '../../../lib/library/expiry';
import type { StoredContent } from '../../../lib/model';

type Props = { items: StoredContent[]; expiredCount: number; onOpen(item: StoredContent): void; onShowExpired(): void };

/** Items running out within 14 days, grouped by the owner who should renew or let them go. */
export function ExpiringPanel({ items, expiredCount, onOpen, onShowExpired }: Props) {
  const now = new Date();
  const groups = expiringSoon(items, now);
  return (
    <section class="wl-lib-expiring card" aria-labelledby="wl-lib-expiring-h" data-testid="wl-lib-expiring">
      <h3 id="wl-lib-expiring-h">Expiring within {EXPIRY_PANEL_DAYS} days</h3>
      {groups.length ? (
        groups.map((group) => (
          <div key={group.owner} data-testid="wl-lib-expiring-group" data-owner={group.owner}>
            <h4>{group.owner}</h4>
            <ul class="list">
              {group.items.map((item) => (
                <li key={item.id} data-testid="wl-lib-expiring-item" data-content-id={item.id}>
                  <button type="button" class="wl-lib-link" onClick={() => onOpen(item)} aria-label={`Edit: ${item.title}`}>
                    {item.title}
                  </button>{' '}
                  <span class="muted">
                    expires {daysFromNow(item.expiresAt!, now)} ({new Date(item.expiresAt!).toLocaleDateString()})
                    {item.status === 'draft' ? ', still a draft' : ''}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))
      ) : (
        <p class="muted">Nothing expires in the next {EXPIRY_PANEL_DAYS} days.</p>
      )}
      {expiredCount ? (
        <p>
          <span class="warn">{expiredCount === 1 ? 'One approved item has' : `${expiredCount} approved items have`} expired</span>{' '}
          and no longer reach reps.{' '}
          <button type="button" data-testid="wl-lib-show-expired" onClick={onShowExpired}>
            Show expired
          </button>
        </p>
      ) : null}
    </section>
  );
}
