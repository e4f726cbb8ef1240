import { useTranslation } from 'react-i18next';
import { benchmarkText, sectorText } from '../../format/benchmark-text';
import { DataTable } from '../../components/DataTable';
import { bank, isShown } from '../../../questions';
import type { AssessmentResult, SectionScore } from '../../../scoring';
import { useAssessment } from '../../state/context';
import { scoreText } from '../../format/score-text';

/** Per scored section, expandable: every shown question with the answer, the note and the national figure. */
export function ScoreDetails({ result }: { result: AssessmentResult }) {
  const { t } = useTranslation();
  const { answers, notes } = useAssessment();
  const positions = new Map(result.benchmarks.map((b) => [b.questionId, b]));
  const shownScores = result.scores.filter((s) => s.shown > 0);
  return (
    <>
      {shownScores.map((score: SectionScore) => {
        const questions = bank.sections.find((s) => s.id === score.sectionId)?.questions ?? [];
        return (
          <details key={score.sectionId} className="parat-details">
            <summary>
              {t(`bank:sections.${score.sectionId}.title`)}: {scoreText(t, score)}
            </summary>
            <p>{t('results.basis', { ...score })}</p>
            <DataTable
              label={t(`bank:sections.${score.sectionId}.title`)}
              head={[t('results.table.question'), t('results.table.yourAnswer'), t('results.table.national')]}
            >
              {questions
                .filter((q) => isShown(q, answers))
                .map((q) => {
                  const position = positions.get(q.id);
                  const answer = answers[q.id];
                  return (
                    <tr key={q.id}>
                      <th scope="row">
                        {t(`questions:${q.id}.text`)}
                        {notes[q.id] && (
                          <span className="parat-note-text">
                            {t('check.note')} {notes[q.id]}
                          </span>
                        )}
                      </th>
                      <td>{answer ? t(`bank:options.${answer}`) : t('check.notAnswered')}</td>
                      <td>
                        {position ? benchmarkText(position, t) : '–'}
                        {position?.sector && <span className="parat-block">{sectorText(position, t)}</span>}
                      </td>
                    </tr>
                  );
                })}
            </DataTable>
          </details>
        );
      })}
    </>
  );
}
