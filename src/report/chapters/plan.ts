import type { Chapter } from '../blocks';
import type { ReportAction, ReportInput } from '../input';

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
          head: [
            t('plan:report.number'),
            t('plan:fields.title'),
            t('report:actionsTable.responsible'),
            t('plan:fields.deadline'),
            t('plan:fields.status'),
          ],
          body: actions.map((a) => [
            String(a.number),
            [a.title, ...details(input, a)].join('\n'),
            a.responsible || t('plan:noResponsible'),
            a.deadline || t('plan:noDeadline'),
            t(`plan:status.${a.action.status}`),
          ]),
          titleColumn: 1,
        },
      },
    ],
  };
}
