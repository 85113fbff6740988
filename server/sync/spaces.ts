/**
 * Sync spaces: each is one audience, with its own version counter (docs/TEAM-API.md, "Cursor").
 *   t:<team>  everyone in the team: its shared flags, its approved library
 *   e:<team>  the team's library editors (marketers, admins): its drafts and retired items
 *   o         everyone: approved items of the library every team has
 *   oe        every editor: that library's drafts and retired items
 *   u:<user>  one user: private flags, own activity and feedback, intro requests to or from them
 * A record is in every space whose audience may see it; when it leaves one, its entry there is
 * marked gone. A caller reads the spaces of their role and teams (editors read both of a team's).
 */
import { EDITOR_ROLES, type ContentItem, type Role } from '../../lib/model/index.ts';

export const teamSpace = (teamId: string) => `t:${teamId}`;
export const editorSpace = (teamId: string) => `e:${teamId}`;
export const userSpace = (userId: string) => `u:${userId}`;
export const EVERYONE = 'o';
export const EVERY_EDITOR = 'oe';

export function isEditor(role: Role): boolean {
  return EDITOR_ROLES.includes(role);
}

/** The spaces a user reads, sorted (a cursor lists its versions in this order). */
export function readableSpaces(user: { id: string; role: Role; teamIds: readonly string[] }): string[] {
  const spaces = [EVERYONE, userSpace(user.id), ...user.teamIds.map(teamSpace)];
  if (isEditor(user.role)) spaces.push(EVERY_EDITOR, ...user.teamIds.map(editorSpace));
  return spaces.sort();
}

export function relationshipSpaces(rel: { ownerId: string; share: 'team' | 'private'; teamIds: readonly string[] }): string[] {
  // A shared flag reaches its owner through their teams; with no team left, through their own space.
  if (rel.share === 'team' && rel.teamIds.length > 0) return rel.teamIds.map(teamSpace);
  return [userSpace(rel.ownerId)];
}

/** Approved items where everyone reads, the rest where editors read: each item in one space. */
export function contentSpaces(item: { teamId: string | null; status: ContentItem['status'] }): string[] {
  const approved = item.status === 'approved';
  if (item.teamId === null) return [approved ? EVERYONE : EVERY_EDITOR];
  return [approved ? teamSpace(item.teamId) : editorSpace(item.teamId)];
}

export function eventSpaces(actorId: string): string[] {
  return [userSpace(actorId)];
}

export function introSpaces(intro: { requesterId: string; holderId: string }): string[] {
  return [userSpace(intro.requesterId), userSpace(intro.holderId)];
}
