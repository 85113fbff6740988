/**
 * The first layer of the reader: elements of the top card that name their field (the headline
 * element, a labelled current-company control, the location line), by layout family
 * (lib/linkedin/selectors.ts). Only the top card is read: Experience and the rest never are.
 */

import type { Context, Layer, Reading } from './reading';
import { firstText, slugOfEnclosingLink } from './reading';
import { cleanText } from './clean';
import { companyFromControl, isIndustryTerm } from './labels';
import { queryAll, queryFirst } from './selectors';

/** The current company the card names, and its slug only when a company link encloses it. */
function currentCompany(card: Element): Reading {
  for (const control of queryAll(card, 'currentCompanyControl')) {
    const company = companyFromControl(control);
    if (company) return { company: [company, 'company:aria'], companySlug: [slugOfEnclosingLink(control), 'companySlug:link'] };
  }
  const element = queryFirst(card, 'currentCompanyText');
  if (!element) return {};
  return { company: [element.textContent, 'company:class'], companySlug: [slugOfEnclosingLink(element), 'companySlug:link'] };
}

/** The `<dd>` after an "Industry" `<dt>`: a 2015-16 person's demographics, a company's About overview. */
export function industryFromOverview(root: Element): string | undefined {
  const term = queryAll(root, 'definitionTerm').find((element) => isIndustryTerm(element.textContent));
  let next = term?.nextElementSibling ?? null;
  while (next && next.tagName.toLowerCase() !== 'dd') next = next.nextElementSibling;
  return next?.textContent ?? undefined;
}

function readCompanyCard(card: Element): Reading {
  // 2020-25: industry, then the headquarters (not the follower count, which has digits).
  const items = queryAll(card, 'companyInfoItem').map((element) => cleanText(element.textContent));
  const listed = items[1] && !/\d/.test(items[1]) ? items[1] : undefined;
  return {
    industry: [queryFirst(card, 'companyIndustry')?.textContent ?? items[0], 'industry:class'],
    location: [firstText(queryFirst(card, 'companyLocation')) ?? listed, 'location:class'],
  };
}

export const readTopCard: Layer = ({ page, heading, card }: Context) => {
  if (!heading || !card) return {};
  const fullName: Reading['fullName'] = [heading.textContent, 'name:h1'];
  if (page.kind === 'company') return { fullName, ...readCompanyCard(card) };
  return {
    fullName,
    headline: [queryFirst(card, 'personHeadline')?.textContent, 'headline:class'],
    ...currentCompany(card),
    location: [firstText(queryFirst(card, 'personLocation')), 'location:class'],
    industry: [industryFromOverview(card), 'industry:dl'],
  };
};
