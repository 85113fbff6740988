/** Made-up prospects like the profile fixtures, for previews in the library editor. */
import type { ProfileSnapshot } from '../model';

export type SampleProspect = { id: string; label: string; profile: ProfileSnapshot };

const person = (slug: string, fields: Omit<ProfileSnapshot, 'kind' | 'url' | 'slug' | 'cues'>): ProfileSnapshot => ({
  kind: 'person',
  url: `https://www.linkedin.com/in/${slug}/`,
  slug,
  cues: [],
  ...fields,
});

export const SAMPLE_PROSPECTS: readonly SampleProspect[] = [
  {
    id: 'jane',
    label: 'Jane Doe, VP of Marketing at Acme Robotics',
    profile: person('jane-doe', {
      fullName: 'Jane Doe',
      headline: 'VP of Marketing at Acme Robotics | B2B growth, brand and demand',
      title: 'VP of Marketing',
      company: 'Acme Robotics',
      industry: 'Robotics',
    }),
  },
  {
    id: 'marcus',
    label: 'Marcus Lee, CFO at Northwind Traders',
    profile: person('marcus-lee', {
      fullName: 'Marcus Lee',
      headline: 'Chief Financial Officer at Northwind Traders',
      title: 'CFO',
      company: 'Northwind Traders',
      industry: 'Wholesale',
    }),
  },
  {
    id: 'priya',
    label: 'Priya Nair, Junior Software Engineer at Contoso',
    profile: person('priya-nair', {
      fullName: 'Priya Nair',
      headline: 'Junior Software Engineer at Contoso',
      title: 'Junior Software Engineer',
      company: 'Contoso',
      industry: 'Software Development',
    }),
  },
  {
    id: 'tomas',
    label: 'Tomás García, Founder of Brightleaf Analytics',
    profile: person('tomas-garcia', {
      fullName: 'Tomás García',
      headline: 'Founder & CEO, Brightleaf Analytics',
      title: 'Founder',
      company: 'Brightleaf Analytics',
      industry: 'Software Development',
    }),
  },
];

export const DEFAULT_SAMPLE = SAMPLE_PROSPECTS[0]!;
