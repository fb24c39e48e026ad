import { expect } from '@open-wc/testing';
import {
  buildReminder,
  escapeText,
  firstOccurrence,
  floatingDateTime,
  foldLine,
  reminderUid,
  utcDateTime,
  type ReminderInput,
} from '../../src/checklist/reminder.js';
import { parseTime } from '../../src/checklist/reminder-time.js';
import { ICAL_WEEKDAY, octets, parseReminder, physicalLines } from './ics.js';

/** Wednesday 8 January 2025, 10:00 local time. */
const WEDNESDAY = new Date(2025, 0, 8, 10, 0);

const input = (over: Partial<ReminderInput> = {}): ReminderInput => ({
  day: 'MO',
  hours: 9,
  minutes: 0,
  summary: 'Self-care check-in',
  description: 'A moment each week to look at your self-care list.',
  lang: 'en',
  now: WEDNESDAY,
  uid: '123e4567-e89b-12d3-a456-426614174000@ipt-widgets',
  ...over,
});

/** Undoes folding (RFC 5545, 3.1). */
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('reminder: iCalendar file', () => {
  describe('escapeText', () => {
    it('escapes backslashes, semicolons and commas, and writes line breaks as \\n', () => {
      expect(escapeText('a\\b;c,d')).to.equal('a\\\\b\\;c\\,d');
      expect(escapeText('one\ntwo\r\nthree\rfour')).to.equal('one\\ntwo\\nthree\\nfour');
    });

    it('leaves colons, quotes and other text as they are', () => {
      expect(escapeText('Time: 9:00 "now" ¿qué?')).to.equal('Time: 9:00 "now" ¿qué?');
    });

    it('escapes a backslash before an n only once, so it never reads as a line break', () => {
      expect(escapeText('C:\\new')).to.equal('C:\\\\new');
    });
  });

  describe('foldLine', () => {
    it('leaves a line of up to 75 octets as it is', () => {
      const line = `SUMMARY:${'x'.repeat(67)}`;
      expect(octets(line)).to.equal(75);
      expect(foldLine(line)).to.equal(line);
    });

    it('folds a longer line into lines of at most 75 octets, each continuation starting with one space', () => {
      const line = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
      const folded = foldLine(line);
      const parts = folded.split('\r\n');
      expect(parts.length).to.be.greaterThan(2);
      expect(octets(parts[0]!)).to.equal(75);
      for (const part of parts) expect(octets(part)).to.be.at.most(75);
      for (const part of parts.slice(1)) expect(part).to.match(/^ [^ ]/);
      expect(unfold(folded)).to.equal(line);
    });

    it('never breaks inside a multi-byte character (accents, emoji)', () => {
      for (const line of [
        `SUMMARY:${'é'.repeat(60)}`,
        `SUMMARY:${'ñandú '.repeat(20)}`,
        `SUMMARY:${'🙂'.repeat(30)}`,
      ]) {
        const parts = foldLine(line).split('\r\n');
        for (const part of parts) {
          expect(octets(part)).to.be.at.most(75);
          // A split character would not survive a round trip through UTF-8.
          expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).to.equal(part);
        }
        expect(unfold(parts.join('\r\n'))).to.equal(line);
        expect(parts.slice(1).every((part) => !/^ [\uDC00-\uDFFF]/.test(part))).to.equal(true);
      }
    });
  });

  describe('parseTime', () => {
    it('reads a time input’s value', () => {
      expect(parseTime('09:00')).to.deep.equal({ hours: 9, minutes: 0 });
      expect(parseTime('18:30')).to.deep.equal({ hours: 18, minutes: 30 });
      expect(parseTime('7:05')).to.deep.equal({ hours: 7, minutes: 5 });
      expect(parseTime('23:59:30')).to.deep.equal({ hours: 23, minutes: 59 });
    });

    it('refuses an empty or impossible time', () => {
      for (const value of ['', ' ', '24:00', '12:60', '9', '9am', 'noon'])
        expect(parseTime(value), value).to.equal(undefined);
    });
  });

  describe('firstOccurrence', () => {
    it('is the next chosen weekday at the chosen time', () => {
      expect(firstOccurrence(WEDNESDAY, 'MO', 9, 0)).to.deep.equal(new Date(2025, 0, 13, 9, 0));
      expect(firstOccurrence(WEDNESDAY, 'FR', 18, 30)).to.deep.equal(new Date(2025, 0, 10, 18, 30));
      expect(firstOccurrence(WEDNESDAY, 'SU', 20, 0)).to.deep.equal(new Date(2025, 0, 12, 20, 0));
    });

    it('is later today when the time is still ahead, and a week on when it has passed', () => {
      expect(firstOccurrence(WEDNESDAY, 'WE', 10, 30)).to.deep.equal(new Date(2025, 0, 8, 10, 30));
      expect(firstOccurrence(WEDNESDAY, 'WE', 10, 0)).to.deep.equal(new Date(2025, 0, 15, 10, 0));
      expect(firstOccurrence(WEDNESDAY, 'WE', 9, 0)).to.deep.equal(new Date(2025, 0, 15, 9, 0));
    });

    it('crosses the end of a month and of a year', () => {
      expect(firstOccurrence(new Date(2025, 11, 31, 12, 0), 'MO', 9, 0)).to.deep.equal(new Date(2026, 0, 5, 9, 0));
    });
  });

  it('writes dates as a floating local time and a UTC stamp', () => {
    expect(floatingDateTime(new Date(2025, 0, 13, 9, 5, 0))).to.equal('20250113T090500');
    expect(utcDateTime(new Date(Date.UTC(2025, 0, 8, 23, 4, 5)))).to.equal('20250108T230405Z');
  });

  describe('buildReminder', () => {
    it('uses CRLF line ends only, ends with one, and keeps every line within 75 octets', () => {
      const file = buildReminder(
        input({ description: `${'A long description, with commas; and more. '.repeat(5)}Ñandú 🙂` }),
      );
      expect(file.endsWith('\r\n')).to.equal(true);
      expect(file.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
      for (const line of physicalLines(file)) expect(octets(line), line).to.be.at.most(75);
    });

    it('parses as one calendar with the required properties and one event', () => {
      const { calendar, vevent } = parseReminder(buildReminder(input()));
      expect(calendar.name).to.equal('vcalendar');
      expect(calendar.getFirstPropertyValue('version')).to.equal('2.0');
      expect(calendar.getFirstPropertyValue('prodid')).to.match(/ipt-widgets/);
      expect(calendar.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
      expect(calendar.getFirstPropertyValue('method')).to.equal('PUBLISH');
      expect(vevent.getFirstPropertyValue('uid')).to.equal('123e4567-e89b-12d3-a456-426614174000@ipt-widgets');
      const stamp = vevent.getFirstPropertyValue('dtstamp') as { toJSDate(): Date; zone: { tzid: string } };
      expect(stamp.zone.tzid).to.equal('UTC');
      expect(stamp.toJSDate().getTime()).to.equal(WEDNESDAY.getTime());
    });

    it('starts at the chosen day and time, floating, for 15 minutes, every week', () => {
      const { event, rrule } = parseReminder(buildReminder(input({ day: 'FR', hours: 18, minutes: 30 })));
      expect(event.startDate.toString()).to.equal('2025-01-10T18:30:00');
      expect(event.startDate.zone?.tzid).to.equal('floating');
      expect(event.startDate.dayOfWeek()).to.equal(ICAL_WEEKDAY.FR);
      expect(event.duration.toSeconds()).to.equal(15 * 60);
      expect(rrule.freq).to.equal('WEEKLY');
      expect(rrule.parts['BYDAY']).to.deep.equal(['FR']);
    });

    it('repeats on the same weekday a week apart', () => {
      const { event } = parseReminder(buildReminder(input()));
      const iterator = event.iterator();
      const dates = [iterator.next(), iterator.next(), iterator.next()].map((time) => time.toString());
      expect(dates).to.deep.equal(['2025-01-13T09:00:00', '2025-01-20T09:00:00', '2025-01-27T09:00:00']);
    });

    it('has a display alarm when the event starts', () => {
      const { alarm } = parseReminder(buildReminder(input()));
      expect(alarm).to.exist;
      expect(alarm!.getFirstPropertyValue('action')).to.equal('DISPLAY');
      expect((alarm!.getFirstPropertyValue('trigger') as { toSeconds(): number }).toSeconds()).to.equal(0);
      expect(alarm!.getFirstPropertyValue('description')).to.equal('Self-care check-in');
    });

    it('keeps the summary and description word for word, commas, semicolons, backslashes and line breaks included', () => {
      const summary = 'Check-in; list, again \\ now';
      const description = 'Line one, with a comma;\nline two: ¿qué tal? 🙂 '.repeat(3);
      const { event, vevent } = parseReminder(buildReminder(input({ summary, description, lang: 'es' })));
      expect(event.summary).to.equal(summary);
      expect(event.description).to.equal(description);
      expect(vevent.getFirstProperty('summary')!.getParameter('language')).to.equal('es');
    });

    it('leaves out a language parameter that is not a language tag', () => {
      const file = buildReminder(input({ lang: 'en;X-EVIL=1' }));
      expect(file).to.include('\r\nSUMMARY:Self-care check-in\r\n');
      expect(file).to.not.include('X-EVIL');
    });
  });

  it('makes a new random id each time, ending in @ipt-widgets', () => {
    const ids = new Set(Array.from({ length: 20 }, () => reminderUid()));
    expect(ids.size).to.equal(20);
    for (const id of ids) expect(id).to.match(/^[0-9a-f-]{32,36}@ipt-widgets$/);
  });
});
