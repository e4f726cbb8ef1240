import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import type { WorkshopResult } from '../../../scoring';
import { TableScroll } from '../../components/TableScroll';
import { answerCounts } from '../../format/answer-counts';
import { DistributionChart } from '../results/DistributionChart';
import { RecommendationList } from '../results/RecommendationList';

// The points most worth a discussion; the command line's --json has them all.
const discussionPoints = 5;
const round = (value: number | null) => (value === null ? '–' : String(Math.round(value)));

/**
 * A workshop's combined result: mean and spread per category and area, where the participants disagree most,
 * the group's recommendations and national comparison, and mean and spread question by question.
 */
export function WorkshopResultView({ workshop }: { workshop: WorkshopResult }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('workshop.sectionsHeading')}</h2>
      <TableScroll label={t('workshop.sectionsHeading')}>
        <table className="table table--compact">
          <caption className="sr-only">{t('workshop.sectionsHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.table.area')}</th>
              <th scope="col">{t('workshop.mean')}</th>
              <th scope="col">{t('workshop.spread')}</th>
              <th scope="col">{t('workshop.range')}</th>
              <th scope="col">{t('workshop.scored')}</th>
            </tr>
          </thead>
          <tbody>
            {workshop.sections
              .filter((s) => s.scored > 0)
              .map((s) => (
                <tr key={s.sectionId}>
                  <th scope="row">{t(`bank:sections.${s.sectionId}.title`)}</th>
                  <td>{round(s.mean)}</td>
                  <td>{round(s.spread)}</td>
                  <td>{t('workshop.rangeValue', { min: round(s.min), max: round(s.max) })}</td>
                  <td>{t('workshop.scoredValue', { scored: s.scored, total: workshop.participants })}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </TableScroll>

      <h2>{t('workshop.discussionHeading')}</h2>
      {workshop.discussion.length === 0 ? (
        <p>{t('workshop.agreement')}</p>
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

      <h2>{t('workshop.groupHeading')}</h2>
      <p>{t('workshop.groupIntro')}</p>
      {workshop.group.recommendations.length > 0 ? (
        <RecommendationList recommendations={workshop.group.recommendations} gaps={[]} />
      ) : (
        <p>{t('results.summary.noRecommendations')}</p>
      )}

      <h2>{t('workshop.nationalHeading')}</h2>
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
                band: b.band,
                answerText: t(`bank:options.${b.answer}`),
              }))}
          />
        ))}

      <h2>{t('workshop.questionsHeading')}</h2>
      {workshop.sections
        .filter((s) => s.scored > 0)
        .map((s) => (
          <details key={s.sectionId} className="parat-details">
            <summary>{t(`bank:sections.${s.sectionId}.title`)}</summary>
            <TableScroll label={t(`bank:sections.${s.sectionId}.title`)}>
              <table className="table table--compact">
                <caption className="sr-only">{t(`bank:sections.${s.sectionId}.title`)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('results.table.question')}</th>
                    <th scope="col">{t('workshop.meanPoints')}</th>
                    <th scope="col">{t('workshop.spread')}</th>
                    <th scope="col">{t('workshop.answers')}</th>
                  </tr>
                </thead>
                <tbody>
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
                </tbody>
              </table>
            </TableScroll>
          </details>
        ))}
    </>
  );
}
