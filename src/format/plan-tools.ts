import type { TFunction } from 'i18next';
import { fnv1a } from '../../questions/hash';
import { toCsv } from './csv';
import { calendar, type CalendarEvent } from './ics';
import type { PlanRow } from './plan-text';

/** Jira's and Azure DevOps' longest title: a longer one is cut there, and stays whole in the description. */
const maxTitle = 255;

/** The actions still to do: neither done nor dropped. Only these go to a calendar or a tracker. */
export const openRows = (rows: readonly PlanRow[]) =>
  rows.filter((row) => row.action.status === 'not-started' || row.action.status === 'in-progress');

/** The organisation as the texts name it: its name, or "jeres organisation" when it gave none. */
const named = (organisation: string, t: TFunction) => organisation.trim() || t('records:tools.unnamed');

/** What the action is about in lines: who, by when, where it stands, where it comes from, the note, and the plan. */
function descriptionLines(row: PlanRow, t: TFunction, organisation: string): string[] {
  return [
    ...(row.title.length > maxTitle ? [row.title] : []),
    ...(row.responsible ? [t('records:tools.responsible', { responsible: row.responsible })] : []),
    ...(row.deadline ? [t('records:tools.deadline', { deadline: row.deadline })] : []),
    t('records:tools.status', { status: row.status }),
    row.from,
    ...(row.areas ? [`${t('plan:fields.areas')}: ${row.areas}`] : []),
    ...(row.note ? [t('records:tools.note', { note: row.note })] : []),
    t('records:tools.source', { organisation: named(organisation, t) }),
  ];
}

const title = (row: PlanRow) => (row.title.length > maxTitle ? `${row.title.slice(0, maxTitle - 1)}…` : row.title);

/**
 * The open actions with a deadline as calendar events; `organisation` is its name as answered, empty when none. Each UID is the action's id with the organisation's hash, so
 * importing the plan again updates the events, and two organisations' plans in one calendar stay apart.
 */
export function planEvents(rows: readonly PlanRow[], t: TFunction, organisation: string): CalendarEvent[] {
  return openRows(rows).flatMap((row) =>
    row.action.deadline
      ? [
          {
            uid: `${row.id}.${fnv1a(organisation.trim())}@parat`,
            date: row.action.deadline,
            summary: t('records:tools.eventSummary', { title: row.title }),
            description: descriptionLines(row, t, organisation).join('\n'),
          },
        ]
      : [],
  );
}

/** The deadlines as an .ics file, or undefined when no open action has one (a calendar must hold an event). */
export function planIcs(rows: readonly PlanRow[], t: TFunction, organisation: string, now: Date, version: string) {
  const events = planEvents(rows, t, organisation);
  if (events.length === 0) return undefined;
  const name = t('records:tools.calendarName', { organisation: named(organisation, t) });
  return { text: calendar(events, name, now, version), count: events.length };
}

/** Jira's workflow names for an open action, as its default workflows spell them. */
const jiraStatus = { 'not-started': 'To Do', 'in-progress': 'In Progress' } as const;

/**
 * The open actions for Jira's CSV import, whose columns it maps by name: Summary, Issue Type, Description, Assignee
 * (the responsible as text, which the import asks to match to a user), Due Date (YYYY-MM-DD), Status and Labels.
 */
export function jiraCsv(rows: readonly PlanRow[], t: TFunction, organisation: string): string {
  const head = ['Summary', 'Issue Type', 'Description', 'Assignee', 'Due Date', 'Status', 'Labels'];
  return toCsv(
    [
      head,
      ...openRows(rows).map((row) => [
        title(row),
        'Task',
        descriptionLines(row, t, organisation).join('\n'),
        row.responsible,
        row.action.deadline ?? '',
        jiraStatus[row.action.status as keyof typeof jiraStatus],
        'parat',
      ]),
    ],
    { importer: true },
  );
}

const html = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The open actions for Azure DevOps' CSV import: Work Item Type (Task, which every process has), Title, Description
 * and Tags. Its import creates new work items only in their first state and takes no Assigned To (an identity) or
 * State, so the responsible, the deadline and the status are lines of the description, which is HTML there.
 */
export function azureCsv(rows: readonly PlanRow[], t: TFunction, organisation: string): string {
  return toCsv(
    [
      ['Work Item Type', 'Title', 'Description', 'Tags'],
      ...openRows(rows).map((row) => [
        'Task',
        title(row),
        descriptionLines(row, t, organisation).map(html).join('<br>'),
        'Parat',
      ]),
    ],
    { importer: true },
  );
}
