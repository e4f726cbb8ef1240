import { answerCounts } from '../../format/answer-counts';
import { workshopCells, workshopHead, workshopRows } from '../../format/workshop-rows';
import type { Chapter } from '../blocks';
import type { ReportInput } from '../input';

/** A workshop's spread per section and the points to discuss, when the report is the group's. */
export function workshopChapter(input: ReportInput): Chapter | undefined {
  const { workshop, t } = input;
  if (!workshop) return undefined;
  return {
    title: t('report:headings.workshop'),
    newPage: true,
    blocks: [
      { kind: 'paragraph', text: t('workshop:sectionsLead') },
      { kind: 'table', table: { head: workshopHead(t), body: workshopRows(workshop, t).map(workshopCells) } },
      { kind: 'heading', text: t('workshop:discussionHeading') },
      {
        kind: 'bullets',
        items: workshop.discussion.slice(0, 10).map((id) => {
          const counts = answerCounts(workshop.questions.find((q) => q.questionId === id)?.counts ?? {}, t, ', ');
          return `${t(`questions:${id}.text`)} (${counts})`;
        }),
      },
    ],
  };
}
