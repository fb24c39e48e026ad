// Reads a reminder file the way a calendar app would: with ical.js, the iCalendar parser Thunderbird uses.
import ICAL from 'ical.js';

export interface ParsedReminder {
  readonly calendar: InstanceType<typeof ICAL.Component>;
  readonly event: InstanceType<typeof ICAL.Event>;
  readonly vevent: InstanceType<typeof ICAL.Component>;
  readonly alarm: InstanceType<typeof ICAL.Component> | null;
  readonly rrule: InstanceType<typeof ICAL.Recur>;
}

export function parseReminder(text: string): ParsedReminder {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');
  if (vevents.length !== 1) throw new Error(`expected one VEVENT, found ${vevents.length}`);
  const vevent = vevents[0]!;
  return {
    calendar,
    vevent,
    event: new ICAL.Event(vevent),
    alarm: vevent.getFirstSubcomponent('valarm'),
    rrule: vevent.getFirstPropertyValue('rrule') as InstanceType<typeof ICAL.Recur>,
  };
}

/** ical.js counts days of the week from Sunday = 1. */
export const ICAL_WEEKDAY = { SU: 1, MO: 2, TU: 3, WE: 4, TH: 5, FR: 6, SA: 7 } as const;

/** The physical lines of a file (CRLF line ends), without the empty string after the last one. */
export const physicalLines = (text: string): string[] => text.split('\r\n').slice(0, -1);

export const octets = (text: string): number => new TextEncoder().encode(text).length;
