/**
 * The note a rep sends a colleague to ask for a warm introduction: written as a person would
 * write it, naming the prospect once, saying how the colleague knows them, with the profile link.
 */
import type { ProfileSnapshot } from '../model/profile';
import type { Relation, Relationship } from '../model/relationship';

/** How the colleague knows a person, said to the colleague. */
const YOU_KNOW_THEM: Record<Relation, string> = {
  'former-colleague': 'You worked together',
  customer: 'You know them as a customer',
  partner: 'You know them as a partner',
  friend: "You're friends",
  alumni: 'You studied together',
  community: 'You know each other from events and groups',
  family: "You're family",
  other: 'You know each other',
};

function firstWord(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** "Jane Doe, VP of Marketing at Acme Robotics": the prospect, once, as the page shows them. */
function whoTheyAre(profile: ProfileSnapshot, fallback: string): string {
  const name = profile.fullName?.trim() || fallback;
  const role = profile.title?.trim();
  const company = profile.company?.trim();
  if (role && company) return `${name}, ${role} at ${company}`;
  if (company) return `${name} at ${company}`;
  return role ? `${name}, ${role}` : name;
}

function ask(rel: Relationship, profile: ProfileSnapshot): string {
  const fallback = rel.person?.name ?? rel.company?.name ?? profile.slug;
  if (rel.scope === 'company') {
    const company = rel.company?.name ?? profile.company ?? fallback;
    if (profile.kind === 'company') return `You know people at ${company}. Would you be open to introducing me to the right person there?`;
    const name = profile.fullName?.trim() || fallback;
    const role = profile.title?.trim();
    return `You know people at ${company}. Would you be open to introducing me to ${name}${role ? `, their ${role}` : ''}, or to whoever there would be right?`;
  }
  return `Would you be open to introducing me to ${whoTheyAre(profile, fallback)}? ${YOU_KNOW_THEM[rel.relation]}, and a word from you would go further than a cold message from me.`;
}

export function introRequestNote(rel: Relationship, profile: ProfileSnapshot, senderName: string): string {
  const sign = senderName.trim() ? `Thanks,\n${firstWord(senderName)}` : 'Thanks!';
  return [`Hi ${firstWord(rel.knownBy.name)},`, '', `${ask(rel, profile)} ${profile.url}`, '', "I'm happy to write a short intro you can forward.", '', sign].join('\n');
}

export function introMailto(rel: Relationship, profile: ProfileSnapshot, senderName: string): string | undefined {
  if (!rel.knownBy.email) return undefined;
  const subject = `Intro to ${profile.fullName ?? rel.company?.name ?? profile.slug}?`;
  const body = introRequestNote(rel, profile, senderName);
  return `mailto:${encodeURIComponent(rel.knownBy.email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** A team request's reason, prefilled: the prospect as the page shows them, and why the flag matters. */
export function introReason(rel: Relationship, profile: ProfileSnapshot): string {
  const who = whoTheyAre(profile, rel.person?.name ?? rel.company?.name ?? profile.slug);
  const about = rel.notes ? ` Your note: “${rel.notes.slice(0, 300)}”.` : '';
  return `I would like to meet ${who}, and a word from you would go further than a cold message.${about}`;
}
