import { useTranslation } from 'react-i18next';
import { bank, scaleOptions } from '../../../../questions';
import { agreedAnswer } from '../../../../questions/decisions';
import type { DecidedWorkshop, WorkshopQuestion } from '../../../../scoring';
import { answerDirection } from './direction';

/** How many gave each answer, as bars with the count beside each, in type for the back of the room. */
function Distribution({ question, total }: { question: WorkshopQuestion; total: number }) {
  const { t } = useTranslation();
  return (
    <ul className="nobullet-list parat-deck-distribution" aria-label={t('meeting:deck.distribution')}>
      {scaleOptions.map((option) => {
        const count = question.counts[option];
        return (
          <li key={option}>
            <span>{t(`bank:options.${option}`)}</span>
            <svg aria-hidden="true" viewBox="0 0 100 10" preserveAspectRatio="none">
              <rect width={total === 0 ? 0 : (count / total) * 100} height="10" />
            </svg>
            <span className="parat-deck-count">{count}</span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One question before the room: which area and which answer is worse or better, the full question, how the participants
 * answered, and what the group decided or, until it decides, the median that stands for it.
 */
export function QuestionSlide({
  workshop,
  questionId,
  rank,
  of,
}: {
  workshop: DecidedWorkshop;
  questionId: string;
  rank?: number | undefined;
  of?: number | undefined;
}) {
  const { t } = useTranslation();
  const question = workshop.questions.find((q) => q.questionId === questionId);
  const section = workshop.sections.find((s) => s.sectionId === question?.sectionId);
  const asked = bank.sections.flatMap((s) => s.questions).find((q) => q.id === questionId);
  if (!question || !section || asked?.type !== 'scale') return null;
  const decision = workshop.decisions[questionId];
  const agreed = agreedAnswer(decision);
  const groupAnswer = workshop.groupAnswers[questionId];
  return (
    <>
      <p className="parat-deck-kicker">
        {rank ? t('meeting:deck.disputeKicker', { rank, total: of }) : t('meeting:deck.decidedKicker')} ·{' '}
        {t(`bank:sections.${section.sectionId}.title`)} · {answerDirection(asked.polarity, section.kind, t)}
      </p>
      <h2 tabIndex={-1} className="parat-deck-question">
        {t(`questions:${questionId}.text`)}
      </h2>
      <div className="parat-deck-answers">
        <Distribution question={question} total={workshop.participants} />
        <div className="parat-deck-decision">
          {agreed ? (
            <p>
              {t('meeting:deck.agreed')} <strong>{t(`bank:options.${agreed}`)}</strong>
            </p>
          ) : (
            <>
              {decision?.answer === 'disagree' && <p>{t('meeting:deck.stillDisagree')}</p>}
              <p>
                {t('meeting:deck.median')} <strong>{groupAnswer ? t(`bank:options.${groupAnswer}`) : '–'}</strong>
              </p>
            </>
          )}
          {decision?.note && <p className="parat-deck-note">{decision.note}</p>}
        </div>
      </div>
    </>
  );
}
