import type { Availability } from '../../../lib/library/expiry';
import type { ContentItem } from '../../../lib/model';

const LABEL: Record<Availability, string> = {
  draft: 'Draft',
  retired: 'Retired',
  live: 'Approved · live',
  scheduled: 'Approved · scheduled',
  expired: 'Approved · expired',
};

/** The status as a rep would feel it: approved items also say whether they are in date. */
export function StatusBadge({ status, availability }: { status: ContentItem['status']; availability: Availability }) {
  return (
    <span class={`badge wl-lib-status wl-lib-status-${availability}`} data-testid="wl-lib-status" data-status={status} data-availability={availability}>
      {LABEL[availability]}
    </span>
  );
}
