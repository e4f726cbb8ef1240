import type { Chapter } from '../blocks';
import type { ReportAction, ReportInput } from '../input';

/** The plan's table head, in the plan chapter and on the decision page alike. */
export const actionsHead = (t: ReportInput['t']) => [
  t('plan:report.number'),
  t('plan:fields.title'),
  t('report:actionsTable.responsible'),
  t('plan:fields.deadline'),
  t('plan:fields.status'),
];

/** An action's row under actionsHead: its number, `title` as the place shows it, who, by when and where it stands. */
export const actionRow = (t: ReportInput['t'], a: ReportAction, title: string) => [
  String(a.number),
  title,
  a.responsible || t('plan:noResponsible'),
  a.deadline || t('plan:noDeadline'),
  t(`plan:status.${a.action.status}`),
];

/**
 * What an action is to improve, why it was dropped, and its note: one line each. Where a recommendation's action
 * comes from is said under the recommendation ("I planen som nr. 3"), so the action keeps its one title here.
 */
function details(input: ReportInput, a: ReportAction): string[] {
  const { t } = input;
  return [
    ...(a.areas ? [`${t('plan:fields.areas')}: ${a.areas}.`] : []),
    ...(a.action.status === 'dropped' && a.action.reason ? [t('report:planReason', { reason: a.action.reason })] : []),
    ...(a.note ? [a.note] : []),
  ];
}

/**
 * The whole plan as one table: open actions first (under way, then not started), then done, then dropped, each by
 * deadline, numbered as on the decision page. Each row holds its details, so nothing is matched up by number.
 */
export function planChapter(input: ReportInput): Chapter | undefined {
  const { t, actions } = input;
  if (actions.length === 0) return undefined;
  return {
    title: t('plan:report.heading'),
    newPage: true,
    blocks: [
      { kind: 'paragraph', text: t('plan:report.lead') },
      {
        kind: 'table',
        table: {
          head: actionsHead(t),
          body: actions.map((a) => actionRow(t, a, [a.title, ...details(input, a)].join('\n'))),
          titleColumn: 1,
        },
      },
    ],
  };
}
