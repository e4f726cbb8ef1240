import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import type { WorkshopResult } from '../../../scoring';
import { DataTable } from '../../components/DataTable';
import { answerCounts } from '../../format/answer-counts';
import { polarityText } from '../../format/polarity-text';
import { workshopHead, workshopRows } from '../../format/workshop-rows';
import { DistributionChart } from '../results/DistributionChart';

/**
 * A workshop's combined result: the group's score per category and area (with which way is better) and the
 * participants' mean and spread beside it, the group's answers beside the national figures, and mean and spread
 * question by question. The disputes, decisions and recommendations have parts of their own.
 */
export function WorkshopResultView({ workshop }: { workshop: WorkshopResult }) {
  const { t } = useTranslation();
  const kindOf = (id: string) => workshop.sections.find((s) => s.sectionId === id)?.kind ?? 'barrier-category';
  return (
    <>
      <h2>{t('workshop:sectionsHeading')}</h2>
      <p>{t('workshop:sectionsLead')}</p>
      <DataTable label={t('workshop:sectionsHeading')} head={workshopHead(t)}>
        {workshopRows(workshop, t).map((row) => (
          <tr key={row.sectionId}>
            <th scope="row">
              {row.area} <span className="parat-small">({polarityText(kindOf(row.sectionId), t)})</span>
            </th>
            <td>{row.group}</td>
            <td>{row.mean}</td>
            <td>{row.spread}</td>
            <td>{row.range}</td>
            <td>{row.answered}</td>
          </tr>
        ))}
      </DataTable>

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
