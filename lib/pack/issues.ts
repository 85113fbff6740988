/** Import problems as a person fixing the file needs them: where, which field, and why. */

export type ImportIssue = { where: string; field?: string; message: string };

/** A zod 4 issue, reduced to what we read (keeps this file free of zod internals). */
export type ZodLikeIssue = { path: ReadonlyArray<PropertyKey>; message: string; code?: string };

/** ['audience', 'seniorities', 1] → 'audience.seniorities[1]'. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** 'content[3] (id "q4-launch")', or 'content[3]' when the item has no usable id. */
export function itemWhere(list: string, index: number, item: unknown): string {
  const id = idOf(item);
  return id === undefined ? `${list}[${index}]` : `${list}[${index}] (id ${JSON.stringify(clip(id, 60))})`;
}

export function idOf(item: unknown): string | undefined {
  if (typeof item !== 'object' || item === null) return undefined;
  const id = (item as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** Zod's wording, made readable for someone who edits the file by hand. */
export function friendlyMessage(issue: ZodLikeIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return 'is required';
  return issue.message.replace(/^Invalid input: /, '').replace(/^Invalid option: /, '');
}

/**
 * Turns zod issues for a pack (paths from its root) into ImportIssues. Paths inside `content` or
 * `relationships` name the item by index and id; anything else is placed at 'file'.
 */
export function packIssuesFromZod(issues: ReadonlyArray<ZodLikeIssue>, root: unknown): ImportIssue[] {
  return issues.map((issue) => {
    const [list, index, ...rest] = issue.path;
    if ((list === 'content' || list === 'relationships') && typeof index === 'number') {
      const items = (root as Record<string, unknown>)[list];
      const item = Array.isArray(items) ? items[index] : undefined;
      return withField(itemWhere(list, index, item), formatPath(rest), friendlyMessage(issue));
    }
    return withField('file', formatPath(issue.path), friendlyMessage(issue));
  });
}

/** Builds an issue, leaving `field` off when there is none (the item itself is at fault). */
export function withField(where: string, field: string, message: string): ImportIssue {
  return field ? { where, field, message } : { where, message };
}

/** "content[3] (id "x"), body: unknown token {{foo}}": one line for logs and short reports. */
export function describeIssue(issue: ImportIssue): string {
  return `${issue.where}${issue.field ? `, ${issue.field}` : ''}: ${issue.message}`;
}
