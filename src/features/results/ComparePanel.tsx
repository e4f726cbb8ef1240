import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { compareAssessments } from '../../../scoring';
import { TableScroll } from '../../components/TableScroll';
import { useAssessment } from '../../state/context';
import { maxImportBytes, readIncoming, type Incoming } from '../transfer/incoming';
import { RefusedAlert } from '../transfer/IncomingPreview';

const arrow = { better: '▲', worse: '▼', same: '=' } as const;

/** A re-assessment: load an earlier answers file and see, per score and question, what got better or worse. */
export function ComparePanel({ earlier, onEarlier }: { earlier?: Incoming; onEarlier: (earlier?: Incoming) => void }) {
  const { t } = useTranslation();
  const { answers } = useAssessment();
  const [inputKey, setInputKey] = useState(0);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    onEarlier(readIncoming(file.size > maxImportBytes ? '' : await file.text(), file.size));
  };
  const comparison = earlier?.ok ? compareAssessments(bank, earlier.file.answers, answers) : undefined;
  const score = (value: number | null) => (value === null ? t('results.noScore') : String(Math.round(value)));
  const direction = (d: keyof typeof arrow | null) => (d ? `${arrow[d]} ${t(`results.compare.${d}`)}` : '–');

  return (
    <section aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('results.compare.heading')}</h2>
      <div className="form-group parat-no-print">
        <label className="form-label" htmlFor="compare-file">
          {t('results.compare.label')}
        </label>
        <span className="form-hint" id="compare-file-hint">
          {t('results.compare.hint')}
        </span>
        <input
          key={inputKey}
          className="form-file-input parat-file"
          id="compare-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="compare-file-hint"
          onChange={(event) => void choose(event.target.files?.[0])}
        />
      </div>
      {earlier && !earlier.ok && <RefusedAlert problem={earlier.problem} source="file" />}
      {earlier?.ok && comparison && (
        <>
          <p>
            {t('results.compare.against', {
              name: earlier.preview.organisation ?? t('results.compare.unnamed'),
              date: earlier.preview.savedAt?.slice(0, 10) ?? '–',
            })}
          </p>
          <TableScroll label={t('results.compare.change')}>
            <table className="table table--compact">
              <caption className="sr-only">{t('results.compare.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.table.area')}</th>
                  <th scope="col">{t('results.compare.before')}</th>
                  <th scope="col">{t('results.compare.after')}</th>
                  <th scope="col">{t('results.compare.change')}</th>
                </tr>
              </thead>
              <tbody>
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
              </tbody>
            </table>
          </TableScroll>
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
