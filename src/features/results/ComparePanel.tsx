import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { compareAssessments } from '../../../scoring';
import { DataTable } from '../../components/DataTable';
import { useAssessment } from '../../state/context';
import { AnswersFileInput } from '../transfer/AnswersFileInput';
import type { Incoming } from '../transfer/incoming';
import { RefusedAlert } from '../transfer/IncomingPreview';

const arrow = { better: '▲', worse: '▼', same: '=' } as const;

/** A re-assessment: load an earlier answers file and see, per score and question, what got better or worse. */
export function ComparePanel({ earlier, onEarlier }: { earlier?: Incoming; onEarlier: (earlier?: Incoming) => void }) {
  const { t } = useTranslation();
  const { answers } = useAssessment();
  const [inputKey, setInputKey] = useState(0);

  const comparison = earlier?.ok ? compareAssessments(bank, earlier.file.answers, answers) : undefined;
  const score = (value: number | null) => (value === null ? t('results.noScore') : String(Math.round(value)));
  const direction = (d: keyof typeof arrow | null) => (d ? `${arrow[d]} ${t(`results.compare.${d}`)}` : '–');

  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('results.compare.heading')}</h2>
      <AnswersFileInput
        id="compare-file"
        label={t('results.compare.label')}
        hint={t('results.compare.hint')}
        resetKey={inputKey}
        onIncoming={onEarlier}
      />
      {earlier && !earlier.ok && <RefusedAlert problem={earlier.problem} source="file" />}
      {earlier?.ok && comparison && (
        <>
          <p>
            {t('results.compare.against', {
              name: earlier.preview.organisation ?? t('results.compare.unnamed'),
              date: earlier.preview.savedAt?.slice(0, 10) ?? '–',
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
                  <td>{score(s.before)}</td>
                  <td>{score(s.after)}</td>
                  <td>{direction(s.direction)}</td>
                </tr>
              ))}
          </DataTable>
          <h3>{t('results.compare.questionsHeading')}</h3>
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
                    direction: direction(q.direction),
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
