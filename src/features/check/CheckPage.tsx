import { useTranslation } from 'react-i18next';
import { isShown } from '../../../questions';
import { AccordionItem } from '../../components/AccordionItem';
import { KeepCopyNotice } from '../../components/KeepCopyNotice';
import { PageHeading } from '../../components/PageHeading';
import { href } from '../../routing';
import { useAssessment } from '../../state/context';
import { needsAnswer, stepTitle, type Step } from '../questionnaire/steps';

/**
 * "Tjek jeres svar": the way on to the results first, then every answer and note per step, each with a link back
 * to its question. Steps with a missing answer open; the rest are one click away, so the keyboard reaches
 * "Se resultatet" without passing 87 rows.
 */
export function CheckPage({ steps }: { steps: Step[] }) {
  const { t } = useTranslation();
  const { answers, notes } = useAssessment();
  const missingIn = steps.map(
    (step) => step.questions.filter((q) => needsAnswer(q) && isShown(q, answers) && !answers[q.id]).length,
  );
  const missing = missingIn.reduce((sum, count) => sum + count, 0);
  const toResults = (
    <div className="parat-actions">
      <a className="button button-primary" href={href({ page: 'results' })}>
        {t('check.toResults')}
      </a>
    </div>
  );
  return (
    <>
      <PageHeading>{t('check.heading')}</PageHeading>
      <p className="font-lead">{t('check.lead')}</p>
      {missing > 0 && <p className="parat-missing-note">{t('check.missing', { count: missing })}</p>}
      {toResults}
      <KeepCopyNotice />
      <ul className="accordion parat-check-steps">
        {steps.map((step, index) => {
          const shown = step.questions.filter((q) => isShown(q, answers));
          const open = missingIn[index] ?? 0;
          return (
            <AccordionItem
              key={step.id}
              initiallyOpen={open > 0}
              heading={
                <>
                  {stepTitle(t, step)}{' '}
                  <span className="parat-check-count">
                    {open > 0
                      ? t('check.stepMissing', { count: open })
                      : t('check.stepAnswered', { count: shown.length })}
                  </span>
                </>
              }
            >
              <dl className="parat-summary-list">
                {shown.map((question) => {
                  const answer = answers[question.id];
                  const text =
                    answer === undefined || answer === ''
                      ? needsAnswer(question)
                        ? t('check.notAnswered')
                        : t('check.empty')
                      : question.type === 'text'
                        ? answer
                        : t(`bank:options.${answer}`);
                  return (
                    <div className="parat-summary-row" key={question.id}>
                      <dt>{t(`questions:${question.id}.text`)}</dt>
                      <dd>
                        <span className={answer ? undefined : 'parat-missing'}>{text}</span>
                        {notes[question.id] && (
                          <span className="parat-note-text">
                            <span className="parat-note-label">{t('check.note')}</span> {notes[question.id]}
                          </span>
                        )}
                      </dd>
                      <dd className="parat-summary-action">
                        <a href={href({ page: 'step', stepId: step.id, questionId: question.id })}>
                          {t('check.change')}
                          <span className="sr-only">: {t(`questions:${question.id}.short`)}</span>
                        </a>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </AccordionItem>
          );
        })}
      </ul>
      {toResults}
    </>
  );
}
