import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { sectorOf } from '../../../questions/sectors';
import type { WorkshopResult } from '../../../scoring';
import { DataTable } from '../../components/DataTable';
import { answerCounts } from '../../format/answer-counts';
import { workshopHead, workshopRows } from '../../format/workshop-rows';
import { DistributionChart } from '../results/DistributionChart';
import { RecommendationList } from '../results/RecommendationList';

// The points most worth a discussion; the command line's --json has them all.
const discussionPoints = 5;

/**
 * A workshop's combined result: the group's score per category and area with the participants' mean and spread
 * beside it, where the participants disagree most,
 * the group's recommendations and national comparison, and mean and spread question by question.
 */
export function WorkshopResultView({ workshop }: { workshop: WorkshopResult }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('workshop:sectionsHeading')}</h2>
      <p>{t('workshop:sectionsLead')}</p>
      <DataTable label={t('workshop:sectionsHeading')} head={workshopHead(t)}>
        {workshopRows(workshop, t).map((row) => (
          <tr key={row.sectionId}>
            <th scope="row">{row.area}</th>
            <td>{row.group}</td>
            <td>{row.mean}</td>
            <td>{row.spread}</td>
            <td>{row.range}</td>
            <td>{row.answered}</td>
          </tr>
        ))}
      </DataTable>

      <h2>{t('workshop:discussionHeading')}</h2>
      {workshop.discussion.length === 0 ? (
        <p>{t('workshop:agreement')}</p>
      ) : (
        <ol>
          {workshop.discussion.slice(0, discussionPoints).map((id) => {
            const question = workshop.questions.find((q) => q.questionId === id);
            return (
              <li key={id}>
                <p>{t(`questions:${id}.text`)}</p>
                <p className="parat-source">{answerCounts(question?.counts ?? {}, t)}</p>
              </li>
            );
          })}
        </ol>
      )}

      <h2>{t('workshop:groupHeading')}</h2>
      <p>{t('workshop:groupIntro')}</p>
      {workshop.group.recommendations.length > 0 ? (
        <RecommendationList
          recommendations={workshop.group.recommendations}
          gaps={[]}
          sector={sectorOf(workshop.groupAnswers.sector)}
          planning={false}
        />
      ) : (
        <p>{t('results.summary.noRecommendations')}</p>
      )}

      <h2>{t('workshop:nationalHeading')}</h2>
      {bank.sections
        .filter((section) => section.questions.some((q) => q.type === 'scale' && q.benchmark))
        .map((section) => (
          <DistributionChart
            key={section.id}
            title={t(`bank:sections.${section.id}.title`)}
            items={workshop.group.benchmarks
              .filter((b) => section.questions.some((q) => q.id === b.questionId))
              .map((b) => ({
                id: b.questionId,
                label: t(`questions:${b.questionId}.short`),
                national: b.national,
                segment: b.segment,
                answerText: t(`bank:options.${b.answer}`),
              }))}
          />
        ))}

      <h2>{t('workshop:questionsHeading')}</h2>
      {workshop.sections
        .filter((s) => s.scored > 0)
        .map((s) => (
          <details key={s.sectionId} className="parat-details">
            <summary>{t(`bank:sections.${s.sectionId}.title`)}</summary>
            <DataTable
              label={t(`bank:sections.${s.sectionId}.title`)}
              head={[
                t('results.table.question'),
                t('workshop:meanPoints'),
                t('workshop:spread'),
                t('workshop:answers'),
              ]}
            >
              {workshop.questions
                .filter((q) => q.sectionId === s.sectionId)
                .map((q) => (
                  <tr key={q.questionId}>
                    <th scope="row">{t(`questions:${q.questionId}.short`)}</th>
                    <td>{q.mean === null ? '–' : q.mean.toFixed(1)}</td>
                    <td>{q.spread === null ? '–' : q.spread.toFixed(1)}</td>
                    <td>{answerCounts(q.counts, t)}</td>
                  </tr>
                ))}
            </DataTable>
          </details>
        ))}
    </>
  );
}
