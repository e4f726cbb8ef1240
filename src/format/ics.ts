/**
 * iCalendar (RFC 5545) for the plan's deadlines: one all-day event per open action with a deadline, as Outlook,
 * Google Calendar and Apple Calendar import it. Pure: the caller passes the words and the time of export.
 */

/** One event: the day it falls on (YYYY-MM-DD), its title and description in words, and an id stable per action. */
export interface CalendarEvent {
  uid: string;
  date: string;
  summary: string;
  description: string;
}

const encoder = new TextEncoder();
const octets = (text: string) => encoder.encode(text).length;

/**
 * A TEXT value escaped as RFC 5545 3.3.11 asks: backslash, semicolon, comma and line breaks; other control
 * characters, which the format does not allow, are dropped.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\p{Cc}]/gu, (c) => (c === '\n' || c === '\t' ? c : ''))
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/**
 * A content line folded at 75 octets (RFC 5545 3.1): each continuation starts with a space, which counts towards its
 * 75, and no UTF-8 character is cut in two.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const width = octets(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (size + width > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += width;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (date: string) => date.replace(/-/g, '');

/** The day after a date: an all-day event's DTEND is exclusive. */
function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** UTC as iCalendar writes it: 20260512T101500Z. */
const stamp = (now: Date) =>
  now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * A calendar of all-day events, as text with CRLF line ends. `name` is the calendar's name where a program shows
 * one; `now` is the time of export (DTSTAMP). The events are marked free time, as deadlines take no time themselves.
 */
export function calendar(events: readonly CalendarEvent[], name: string, now: Date, productVersion: string): string {
  const dtstamp = stamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Parat//Parat ${productVersion}//DA`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    ...events.flatMap((event) => [
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compactDate(event.date)}`,
      `DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
