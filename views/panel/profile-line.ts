import type { ProfileSnapshot } from '../../lib/model/profile';

/**
 * The line under the prospect's name: the headline LinkedIn shows (else the job title), and the
 * current company unless the headline already names it.
 */
export function profileLine({ headline, title, company }: ProfileSnapshot): string {
  const first = headline ?? title ?? '';
  const named = company && first.toLowerCase().includes(company.toLowerCase());
  return [first, named ? '' : company].filter(Boolean).join(' · ');
}
