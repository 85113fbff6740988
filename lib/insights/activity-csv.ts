/**
 * Activities as a CSV that HubSpot (Import > Activities > Tasks) and Salesforce (Data Loader,
 * Task object) take as completed tasks. The column mapping is in docs/ACTIVITY-CSV.md.
 * Every cell goes through toCsv, which neutralises formula-like cells.
 */
import type { Activity, Feedback } from '../model/activity';
import type { ContentItem } from '../model/content';
import type { Relationship } from '../model/relationship';
import { toCsv } from '../pack/csv-cells';

export const ACTIVITY_CSV_COLUMNS = [
  'Subject',
  'Activity Date',
  'Task Type',
  'Status',
  'Description',
  'Related Contact',
  'LinkedIn URL',
  'Content ID',
  'Content Title',
  'Rep',
  'Warmline Action',
  'Warmline Activity ID',
] as const;

/** HubSpot's task types are Call, Email and To-do; a LinkedIn touch is a To-do. */
export const TASK_TYPE = 'To-do';
export const TASK_STATUS = 'Completed';

const VERDICT_WORDS: Record<Feedback['verdict'], string> = {
  worked: 'worked',
  'didnt-land': "didn't land",
  objection: 'objection heard',
};

type Sources = {
  activities: readonly Activity[];
  feedback: readonly Feedback[];
  content: readonly Pick<ContentItem, 'id' | 'title'>[];
  relationships: readonly Pick<Relationship, 'id' | 'knownBy'>[];
};

/** The prospect's LinkedIn page: /in/<slug>/ for people, /company/<slug>/ for companies. */
export function linkedInUrl(kind: Activity['profileKind'], slug: string): string {
  return `https://www.linkedin.com/${kind === 'person' ? 'in' : 'company'}/${encodeURIComponent(slug)}/`;
}

export function activitiesToCsv({ activities, feedback, content, relationships }: Sources): string {
  const titles = new Map(content.map((item) => [item.id, item.title]));
  const knownBy = new Map(relationships.map((rel) => [rel.id, rel.knownBy.name]));
  const verdicts = new Map(feedback.map((f) => [f.id, f]));

  const rows = activities.map((activity) => {
    const title = activity.contentId ? (titles.get(activity.contentId) ?? activity.contentId) : '';
    const prospect = activity.profileName ?? activity.profileSlug;
    const { subject, description } = describe(activity, {
      title,
      prospect,
      colleague: activity.relationshipId ? (knownBy.get(activity.relationshipId) ?? 'a colleague') : '',
      verdict: activity.feedbackId ? verdicts.get(activity.feedbackId) : undefined,
    });
    return [
      subject,
      activity.at.slice(0, 10),
      TASK_TYPE,
      TASK_STATUS,
      description,
      prospect,
      linkedInUrl(activity.profileKind, activity.profileSlug),
      activity.contentId ?? '',
      title,
      activity.actor ?? '',
      activity.action,
      activity.id,
    ];
  });
  return toCsv(ACTIVITY_CSV_COLUMNS, rows);
}

const INTRO_ANSWER_WORDS = { 'asked-first': 'asking them first', introduced: 'introduced', declined: 'declined' } as const;

type Words = { title: string; prospect: string; colleague: string; verdict: Feedback | undefined };

function describe(activity: Activity, { title, prospect, colleague, verdict }: Words): { subject: string; description: string } {
  const time = `Logged by Warmline at ${activity.at}.`;
  switch (activity.action) {
    case 'share':
      return { subject: `LinkedIn: shared "${title}"`, description: `Shared "${title}" on LinkedIn while viewing ${prospect}. ${time}` };
    case 'copy':
      return { subject: `LinkedIn: copied "${title}"`, description: `Copied "${title}" personalised for ${prospect}. ${time}` };
    case 'insert':
      return { subject: `LinkedIn message: "${title}"`, description: `Inserted "${title}" into a LinkedIn message to ${prospect}. ${time}` };
    case 'intro-request':
      return { subject: `Intro requested from ${colleague}`, description: `Asked ${colleague} for a warm introduction to ${prospect}. ${time}` };
    case 'intro-answer': {
      const word = INTRO_ANSWER_WORDS[activity.introAnswer ?? 'asked-first'];
      return { subject: `Intro request answered: ${word}`, description: `Answered a request for an introduction to ${prospect}: ${word}. ${time}` };
    }
    case 'feedback': {
      const word = verdict ? VERDICT_WORDS[verdict.verdict] : 'feedback';
      const objection = verdict?.objection ? ` Objection (${verdict.objection.tag}): ${verdict.objection.text}` : '';
      return { subject: `Feedback on "${title}": ${word}`, description: `${prospect}: "${title}" ${word}.${objection} ${time}` };
    }
  }
}
