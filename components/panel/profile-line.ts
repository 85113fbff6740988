import type { ProfileSnapshot } from '../../lib/model/profile';

/**
 * The line under the prospect's name: the headline LinkedIn shows (else the job title), and the
 * current company unless the headline already names it, or it is the page's own name (a company
 * page's company is the company).
 */
export function profileLine({ headline, title, company, fullName }: ProfileSnapshot): string {
  const first = headline ?? title ?? '';
  const named = company && (first.toLowerCase().includes(company.toLowerCase()) || company === fullName);
  return [first, named ? '' : company].filter(Boolean).join(' · ');
}
