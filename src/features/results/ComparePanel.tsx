import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planProgress, type Comparison } from '../../../scoring';
import { progressText } from '../../format/plan-text';
import { useAssessment } from '../../state/context';
import { DataTable } from '../../components/DataTable';
import { changeText } from '../../format/change-text';
import { formatDate } from '../../format/locale';
import { scoreFigure } from '../../format/score-text';
import { AnswersFileInput } from '../transfer/AnswersFileInput';
import type { Incoming } from '../transfer/incoming';
import { RefusedAlert } from '../transfer/IncomingPreview';

/** A re-assessment: load an earlier answers file and see, per score and question, what got better or worse. */
export function ComparePanel({
  earlier,
  onEarlier,
  comparison,
}: {
  earlier?: Incoming;
  onEarlier: (earlier?: Incoming) => void;
  comparison?: Comparison | undefined;
}) {
  const { t, i18n } = useTranslation();
  const [inputKey, setInputKey] = useState(0);
  const { plan } = useAssessment();
  const earlierPlan = earlier?.ok ? earlier.file.plan : undefined;
  const progress =
    earlierPlan && comparison && Object.keys(earlierPlan).length > 0
      ? progressText(planProgress(earlierPlan, plan, comparison.sections), t, 'arrow')
      : undefined;

  return (
    <section aria-labelledby="compare-heading">
      <h3 id="compare-heading">{t('results.compare.heading')}</h3>
      <details className="parat-details parat-no-print" open={earlier !== undefined || undefined}>
        <summary>{t('results.compare.open')}</summary>
        <AnswersFileInput
          id="compare-file"
          label={t('results.compare.label')}
          hint={t('results.compare.hint')}
          resetKey={inputKey}
          onIncoming={onEarlier}
        />
      </details>
      {earlier && !earlier.ok && <RefusedAlert problem={earlier.problem} source="file" />}
      {earlier?.ok && comparison && (
        <>
          <p>
            {t('results.compare.against', {
              name: earlier.preview.organisation ?? t('results.compare.unnamed'),
              date:
                (earlier.preview.savedAt && formatDate(earlier.preview.savedAt, i18n.language)) ??
                t('results.compare.unknownDate'),
            })}
          </p>
          <DataTable
            label={t('results.compare.change')}
            caption={t('results.compare.heading')}
            head={[
              t('results.table.area'),
              t('results.compare.before'),
              t('results.compare.after'),
              t('results.compare.change'),
            ]}
          >
            {comparison.sections
              .filter((s) => s.before !== null || s.after !== null)
              .map((s) => (
                <tr key={s.sectionId}>
                  <th scope="row">{t(`bank:sections.${s.sectionId}.title`)}</th>
                  <td>{scoreFigure(t, s.before)}</td>
                  <td>{scoreFigure(t, s.after)}</td>
                  <td>{changeText(s, t, 'arrow')}</td>
                </tr>
              ))}
          </DataTable>
          {progress && (
            <>
              <h4>{progress.heading}</h4>
              <p>{progress.lead}</p>
              <p>
                <strong>{progress.done}</strong>
              </p>
              <DataTable label={progress.heading} head={progress.table.head}>
                {progress.table.body.map(([action, ...cells], i) => (
                  <tr key={i}>
                    <th scope="row">{action}</th>
                    {cells.map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </DataTable>
            </>
          )}
          <h4>{t('results.compare.questionsHeading')}</h4>
          {comparison.questions.length === 0 ? (
            <p>{t('results.compare.noQuestionChanges')}</p>
          ) : (
            <ul>
              {comparison.questions.map((q) => (
                <li key={q.questionId}>
                  {t('results.compare.questionLine', {
                    question: t(`questions:${q.questionId}.short`),
                    before: t(`bank:options.${q.before ?? ''}`),
                    after: t(`bank:options.${q.after ?? ''}`),
                    direction: t(`results.compare.${q.direction}`),
                  })}
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="button button-tertiary parat-no-print"
            onClick={() => {
              onEarlier(undefined);
              setInputKey((k) => k + 1);
            }}
          >
            {t('results.compare.clear')}
          </button>
        </>
      )}
    </section>
  );
}
