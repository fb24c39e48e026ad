/**
 * What the reminder form needs before the calendar file is made: the days, the defaults and the time
 * check. Kept apart from reminder.ts, which the CDN files load only when the person saves the file.
 */

/** Days of the week as iCalendar names them, Monday first (as the weekly reset counts weeks). */
export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const REMINDER_DEFAULT_DAY: Weekday = 'MO';
export const REMINDER_DEFAULT_TIME = '09:00';

/** `HH:MM` (24-hour, as a time input gives it; seconds are ignored) as numbers, or undefined. */
export function parseTime(value: string): { hours: number; minutes: number } | undefined {
  const match = /^\s*(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*$/.exec(value);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  return hours < 24 && minutes < 60 ? { hours, minutes } : undefined;
}
