import type { TFunction } from 'i18next';
import { agreedAnswer } from '../../questions/decisions';
import type { DecidedWorkshop } from '../../scoring';

/**
 * What stands for the group on one question, in words, as the page, the report and the command line say it: the
 * agreed answer, or the median (and that the group still disagrees, where it said so), with the note.
 */
export function decisionText(workshop: DecidedWorkshop, questionId: string, t: TFunction): string {
  const decision = workshop.decisions[questionId];
  const agreed = agreedAnswer(decision);
  const answer = workshop.groupAnswers[questionId];
  const outcome = agreed
    ? t('meeting:decisions.agreedText', { answer: t(`bank:options.${agreed}`) })
    : decision?.answer === 'disagree'
      ? t('meeting:decisions.disagreedText', { answer: answer ? t(`bank:options.${answer}`) : '–' })
      : t('meeting:decisions.medianText', { answer: answer ? t(`bank:options.${answer}`) : '–' });
  return decision?.note ? `${outcome} ${t('meeting:decisions.noteText', { note: decision.note })}` : outcome;
}
