/**
 * A list that holds still while someone works in it. Sorting by "last updated" would move a row
 * the moment it is retired or approved, putting the next row's button under the cursor. So while
 * the filters stay the same, rows keep the places they had: rows that still exist stay put, new
 * ones (a duplicate just made) go on top. Filters changing (or a reload) start a fresh order.
 */
export function keepOrder(previous: readonly string[], fresh: readonly string[], alive: ReadonlySet<string>): string[] {
  const listed = new Set(previous);
  const added = fresh.filter((id) => !listed.has(id));
  return [...added, ...previous.filter((id) => alive.has(id))];
}
