/** Records are filed by UTC day: `YYYY-MM-DD`, which also sorts as text. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The moment `days` days before `now`: records older than it are past retention. */
export function daysBefore(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
}
