import type { Evidence } from '../questions/evidence';
import { isDegree } from '../questions/scales';
import type { Bank } from '../questions/schema';
import { answerOf } from '../questions/visibility';
import { isContext } from './badness';
import { shownScaleQuestions } from './score';
import type { Answers } from './types';

/**
 * How much of the result is documented: of the answers the scores rest on (shown, scored questions answered with a
 * degree, as the basis counts them), those with at least one reference in the evidence. Issue 27: "12 af 87 svar er
 * dokumenteret".
 */
export function documented(
  bank: Bank,
  answers: Answers,
  evidence: Readonly<Evidence> | undefined,
): { documented: number; answered: number } {
  const degreeAnswered = bank.sections
    .filter((section) => section.kind !== 'profile')
    .flatMap((section) => shownScaleQuestions(section, answers))
    .filter((q) => !isContext(q) && isDegree(answerOf(answers, q.id) ?? ''));
  return {
    documented: degreeAnswered.filter((q) => (evidence?.[q.id]?.length ?? 0) > 0).length,
    answered: degreeAnswered.length,
  };
}
