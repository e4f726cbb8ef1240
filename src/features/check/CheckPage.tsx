import { useTranslation } from 'react-i18next';
import { isShown, type Section } from '../../../questions';
import { href } from '../../routing';
import { useAssessment } from '../../state/context';
import { needsAnswer } from '../questionnaire/steps';
import { PageHeading } from '../../components/PageHeading';

/** "Tjek dine svar": every answer and note per section, each with a link back to its question. */
export function CheckPage({ sections }: { sections: Section[] }) {
  const { t } = useTranslation();
  const { answers, notes } = useAssessment();
  const missing = sections.flatMap((s) =>
    s.questions.filter((q) => needsAnswer(q) && isShown(q, answers) && !answers[q.id]),
  );
  return (
    <>
      <PageHeading>{t('check.heading')}</PageHeading>
      <p className="font-lead">{t('check.lead')}</p>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`check-${section.id}`}>
          <h2 id={`check-${section.id}`}>{t(`bank:sections.${section.id}.title`)}</h2>
          <dl className="parat-summary-list">
            {section.questions
              .filter((q) => isShown(q, answers))
              .map((question) => {
                const answer = answers[question.id];
                const shown =
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
                      <span className={answer ? undefined : 'parat-missing'}>{shown}</span>
                      {notes[question.id] && (
                        <span className="parat-note-text">
                          <span className="parat-note-label">{t('check.note')}</span> {notes[question.id]}
                        </span>
                      )}
                    </dd>
                    <dd className="parat-summary-action">
                      <a href={href({ page: 'step', sectionId: section.id, questionId: question.id })}>
                        {t('check.change')}
                        <span className="sr-only">: {t(`questions:${question.id}.short`)}</span>
                      </a>
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
      {missing.length > 0 && <p className="parat-missing-note">{t('check.missing', { count: missing.length })}</p>}
      <div className="parat-actions">
        <a className="button button-primary" href={href({ page: 'results' })}>
          {t('check.toResults')}
        </a>
      </div>
    </>
  );
}
