import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess } from '../../scoring';
import { escapeText, foldLine } from '../../src/format/ics';
import { planRows } from '../../src/format/plan-text';
import { azureCsv, jiraCsv, planIcs } from '../../src/format/plan-tools';
import { createTranslator } from '../../src/i18n';
import { regionWithPlan } from '../report/region-plan';

const t = createTranslator('da');
const region = regionWithPlan();
const rows = planRows(region.plan ?? {}, t, 'da', assess(bank, region.answers).scores, {});
const organisation = 'Region Østerhavn';
const octets = (line: string) => new TextEncoder().encode(line).length;
/** RFC 5545 3.1: a line break followed by one space or tab is no break. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('the deadlines as a calendar', () => {
  const ics = planIcs(rows, t, organisation, new Date('2026-05-12T10:15:30.123Z'), '0.1.0');
  const text = ics?.text ?? '';

  it('has one all-day event per open action with a deadline: five for the region’s five', () => {
    expect(ics?.count).toBe(5);
    expect(text.match(/^BEGIN:VEVENT$/gm)).toHaveLength(5);
    const unfolded = unfold(text);
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20270630\r\nDTEND;VALUE=DATE:20270701\r\n');
    expect(unfolded).toContain('SUMMARY:Frist: Budget til robotdrift i budget 2028\r\n');
    expect(unfolded).not.toContain('Forankr robotterne i fagområderne');
    expect(unfolded).not.toContain('Egen RPA-platform');
    expect(unfolded).toMatch(/^DTSTAMP:20260512T101530Z\r$/m);
  });

  it('ends every line with CRLF and folds none past 75 octets', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('gives each action the same UID at every export, and two organisations different ones', () => {
    const uids = (name: string, at: string) =>
      unfold(planIcs(rows, t, name, new Date(at), '0.1.0')?.text ?? '').match(/^UID:.*$/gm);
    expect(uids(organisation, '2026-05-12T10:00:00Z')).toEqual(uids(organisation, '2027-01-01T08:00:00Z'));
    expect(new Set(uids(organisation, '2026-05-12T10:00:00Z'))).toHaveProperty('size', 5);
    expect(uids('Region Vesterhavn', '2026-05-12T10:00:00Z')).not.toEqual(uids(organisation, '2026-05-12T10:00:00Z'));
  });

  it('escapes commas, semicolons, backslashes and line breaks, and drops other control characters', () => {
    expect(escapeText('IT-driften, RPA; C:\\sti\r\nny linje\u0007')).toBe('IT-driften\\, RPA\\; C:\\\\sti\\nny linje');
    expect(unfold(text)).toContain('DESCRIPTION:Ansvarlig: RPA-teamet i IT-driften\\nFrist: 30. april 2027\\n');
    expect(unfold(text)).toContain('Fra anbefalingen »Brug fælles innovationsplatforme\\, hvor de findes«');
  });

  it('folds between characters, never inside one, and unfolds to the line it was', () => {
    for (const line of ['SUMMARY:' + 'a'.repeat(200), 'SUMMARY:' + 'æøå'.repeat(60), 'SUMMARY:' + '😀'.repeat(40)]) {
      const folded = foldLine(line);
      for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
      expect(
        folded
          .split('\r\n')
          .slice(1)
          .every((part) => part.startsWith(' ')),
      ).toBe(true);
      expect(unfold(folded)).toBe(line);
    }
  });

  it('is no calendar when no open action has a deadline', () => {
    const done = planRows({ a: { title: 'A', areas: [], status: 'done', deadline: '2026-01-01' } }, t, 'da', [], {});
    expect(planIcs(done, t, organisation, new Date(), '0.1.0')).toBeUndefined();
  });
});

describe('the plan for Jira and Azure DevOps', () => {
  it('gives Jira the columns its import maps by name, one row per open action', () => {
    const lines = jiraCsv(rows, t, organisation).split('\r\n');
    expect(lines[0]).toBe('"Summary","Issue Type","Description","Assignee","Due Date","Status","Labels"');
    expect(lines.filter((line) => line.startsWith('"Juristen') || line.startsWith('"Budget'))).toHaveLength(2);
    expect(jiraCsv(rows, t, organisation)).toContain('"Juridisk kontor","2027-09-30","To Do","parat"');
    expect(jiraCsv(rows, t, organisation)).toContain('"RPA-teamet i IT-driften","2027-04-30","In Progress","parat"');
    expect(jiraCsv(rows, t, organisation)).not.toContain('Egen RPA-platform');
  });

  it('gives Azure DevOps a Task per open action, the rest in an HTML description', () => {
    const hostile = planRows(
      { 'own-x': { title: '<img src=x onerror=alert(1)>', areas: [], status: 'not-started', responsible: 'A & B' } },
      t,
      'da',
      [],
      {},
    );
    const csv = azureCsv(hostile, t, organisation);
    expect(csv.split('\r\n')[0]).toBe('"Work Item Type","Title","Description","Tags"');
    expect(csv).toContain('"Task","<img src=x onerror=alert(1)>","Ansvarlig: A &amp; B<br>Status: Ikke startet<br>');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(azureCsv(rows, t, organisation).trim().split('\r\n')).toHaveLength(6);
  });

  it('cuts a title longer than the trackers take, and keeps it whole in the description', () => {
    const long = 'Lang titel '.repeat(28).trim();
    const [row] = planRows({ 'own-l': { title: long, areas: [], status: 'not-started' } }, t, 'da', [], {});
    const cells = jiraCsv([row!], t, organisation).split('\r\n')[1]!.split('","');
    expect(cells[0]!.length).toBeLessThanOrEqual(256);
    expect(cells[2]).toContain(long);
  });
});
