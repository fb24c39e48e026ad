/**
 * The checklist's weekly check-in as an iCalendar file (RFC 5545) that any calendar app imports.
 * `buildReminder` is pure: the caller passes the clock and the random id, so the same input gives the
 * same file. The file holds the event's fixed words only, never ticks or the person's own steps.
 */

import { WEEKDAYS, type Weekday } from './reminder-time.js';
import { saveTextFile } from '../shared/download.js';

const REMINDER_FILE_NAME = 'self-care-check-in.ics';
const REMINDER_TYPE = 'text/calendar;charset=utf-8';

export interface ReminderInput {
  readonly day: Weekday;
  readonly hours: number;
  readonly minutes: number;
  /** The event's title, in the widget's language. */
  readonly summary: string;
  /** The event's notes, in the widget's language. */
  readonly description: string;
  /** BCP 47 tag of `summary` and `description`. */
  readonly lang: string;
  /** When the file is made: its DTSTAMP, and the first reminder is the next `day` at the time after it. */
  readonly now: Date;
  /** Unique id of the event, such as `<uuid>@ipt-widgets`. */
  readonly uid: string;
}

/** The first `day` at `hours:minutes`, local time, after `now` (later today when that is still ahead). */
export function firstOccurrence(now: Date, day: Weekday, hours: number, minutes: number): Date {
  const target = (WEEKDAYS.indexOf(day) + 1) % 7; // Date#getDay counts from Sunday
  const ahead = (target - now.getDay() + 7) % 7;
  // Built from calendar parts, not by adding milliseconds, so a change to or from summer time keeps the hour.
  const first = new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead, hours, minutes);
  return first > now ? first : new Date(now.getFullYear(), now.getMonth(), now.getDate() + ahead + 7, hours, minutes);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A floating date-time (no zone): the same clock time wherever the person is. */
export const floatingDateTime = (date: Date): string =>
  `${pad(date.getFullYear(), 4)}${pad(date.getMonth() + 1)}${pad(date.getDate())}T${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}`;

export const utcDateTime = (date: Date): string =>
  `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;

/** A TEXT value (RFC 5545, 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line (RFC 5545, 3.1): no line longer than 75 octets of UTF-8, continuation lines
 * start with one space. Breaks fall between characters, never inside one.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // Every line but the first starts with the space, which counts toward its 75 octets.
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(part);
      part = '';
      size = 0;
    }
    part += char;
    size += bytes;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

/** A language parameter only for a well-formed tag. */
const languageParam = (lang: string) => (/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(lang) ? `;LANGUAGE=${lang}` : '');

/** The whole file: one weekly 15-minute event with a reminder when it starts. CRLF line ends. */
export function buildReminder(input: ReminderInput): string {
  const start = firstOccurrence(input.now, input.day, input.hours, input.minutes);
  const language = languageParam(input.lang);
  const summary = escapeText(input.summary);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ipt-widgets//Self-care checklist//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(input.uid)}`,
    `DTSTAMP:${utcDateTime(input.now)}`,
    `DTSTART:${floatingDateTime(start)}`,
    'DURATION:PT15M',
    `RRULE:FREQ=WEEKLY;BYDAY=${input.day}`,
    `SUMMARY${language}:${summary}`,
    `DESCRIPTION${language}:${escapeText(input.description)}`,
    // A moment to look at a list, not a meeting: it does not mark the person busy.
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT0M',
    `DESCRIPTION${language}:${summary}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A random event id from `crypto` (randomUUID where there is one), ending in `@ipt-widgets`. */
export function reminderUid(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === 'function') return `${crypto.randomUUID()}@ipt-widgets`;
  const bytes = new Uint8Array(16);
  if (typeof crypto?.getRandomValues === 'function') crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return `${[...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('')}@ipt-widgets`;
}

/** Makes the file and saves it; throws when the browser cannot make the file. */
export function saveReminder(input: ReminderInput): void {
  saveTextFile(REMINDER_FILE_NAME, REMINDER_TYPE, buildReminder(input));
}
