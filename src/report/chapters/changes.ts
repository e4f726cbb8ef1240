import { planProgress } from '../../../scoring';
import { changeText } from '../../format/change-text';
import { formatDate } from '../../format/locale';
import { progressText } from '../../format/plan-text';
import { scoreFigure } from '../../format/score-text';
import type { Block, Chapter } from '../blocks';
import type { ReportInput } from '../input';

/** How the earlier assessment's plan went: each action's status now and how its areas' scores moved. */
function progressBlocks(input: ReportInput): Block[] {
  const { comparison, t } = input;
  const earlierPlan = comparison?.earlier.plan ?? {};
  if (!comparison || Object.keys(earlierPlan).length === 0) return [];
  const progress = progressText(
    planProgress(earlierPlan, input.file.plan ?? {}, comparison.changes.sections),
    t,
    'sign',
  );
  return [
    { kind: 'heading', text: progress.heading },
    { kind: 'paragraph', text: progress.lead },
    { kind: 'paragraph', text: progress.done, style: 'strong' },
    { kind: 'table', table: progress.table },
  ];
}

/** What changed since an earlier assessment: each score before and after, the plan's progress, the moved answers. */
export function changesChapter(input: ReportInput): Chapter | undefined {
  const { comparison, t, language } = input;
  if (!comparison) return undefined;
  const { earlier, changes } = comparison;
  return {
    title: t('report:headings.changes'),
    newPage: false,
    blocks: [
      {
        kind: 'paragraph',
        text: t('app:results.compare.against', {
          name: earlier.answers['organisation-name']?.trim() || t('app:results.compare.unnamed'),
          date: (earlier.savedAt && formatDate(earlier.savedAt, language)) ?? t('app:results.compare.unknownDate'),
        }),
      },
      {
        kind: 'table',
        table: {
          head: [
            t('app:results.table.area'),
            t('app:results.compare.before'),
            t('app:results.compare.after'),
            t('app:results.compare.change'),
          ],
          body: changes.sections
            .filter((s) => s.before !== null || s.after !== null)
            .map((s) => [
              t(`bank:sections.${s.sectionId}.title`),
              scoreFigure(t, s.before),
              scoreFigure(t, s.after),
              changeText(s, t, 'sign'),
            ]),
        },
      },
      ...progressBlocks(input),
      { kind: 'heading', text: t('app:results.compare.questionsHeading') },
      {
        kind: 'bullets',
        items:
          changes.questions.length === 0
            ? [t('app:results.compare.noQuestionChanges')]
            : changes.questions.map((q) =>
                t('app:results.compare.questionLine', {
                  question: t(`questions:${q.questionId}.short`),
                  before: t(`bank:options.${q.before ?? ''}`),
                  after: t(`bank:options.${q.after ?? ''}`),
                  direction: t(`app:results.compare.${q.direction}`),
                }),
              ),
      },
    ],
  };
}
