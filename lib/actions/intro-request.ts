/** The note a rep sends a colleague to ask for a warm introduction. */
import type { ProfileSnapshot } from '../model/profile';
import type { Relationship } from '../model/relationship';

export function introRequestNote(rel: Relationship, profile: ProfileSnapshot, senderName: string): string {
  const colleague = rel.knownBy.name.split(/\s+/)[0] ?? rel.knownBy.name;
  const prospect = profile.fullName ?? rel.person?.name ?? rel.company?.name ?? profile.slug;
  const at = profile.company && profile.kind === 'person' ? ` at ${profile.company}` : '';
  const target = rel.scope === 'company' ? `someone at ${rel.company?.name ?? prospect}` : prospect;
  return [
    `Hi ${colleague},`,
    '',
    `Warmline says you know ${target}${rel.scope === 'company' ? '' : at}. Would you be open to introducing me?`,
    `I'm reaching out about ${prospect}${at}: ${profile.url}`,
    '',
    'Happy to draft the intro for you to forward.',
    '',
    `Thanks,`,
    senderName || '',
  ]
    .join('\n')
    .trimEnd();
}

export function introMailto(rel: Relationship, profile: ProfileSnapshot, senderName: string): string | undefined {
  if (!rel.knownBy.email) return undefined;
  const subject = `Intro to ${profile.fullName ?? profile.slug}?`;
  const body = introRequestNote(rel, profile, senderName);
  return `mailto:${encodeURIComponent(rel.knownBy.email)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
