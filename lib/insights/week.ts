/** Weeks for insights: Monday-start, in UTC, named by their Monday's date (YYYY-MM-DD). */

const DAY_MS = 86_400_000;

/** The Monday (UTC) of the week holding this instant, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const date = new Date(iso);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  const monday = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) - sinceMonday * DAY_MS;
  return new Date(monday).toISOString().slice(0, 10);
}

/** Every week from `first` to `last` (both Mondays), at most `limit` of the latest. */
export function weeksBetween(first: string, last: string, limit = 52): string[] {
  const weeks: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let at = Date.parse(`${first}T00:00:00Z`); at <= end; at += 7 * DAY_MS) {
    weeks.push(new Date(at).toISOString().slice(0, 10));
  }
  return weeks.slice(-limit);
}
