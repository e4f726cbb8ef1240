import { dontKnow, isDegree } from '../questions/scales';
import type { Bank, ScaleQuestion, Section } from '../questions/schema';
import { badness, isContext, weight } from './badness';
import type { Answers, ScoredKind, SectionScore } from './types';
import { answerOf, isShown } from '../questions/visibility';

/** The scale questions of a section that this organisation is shown. */
export const shownScaleQuestions = (section: Section, answers: Answers): ScaleQuestion[] =>
  section.questions.filter((q): q is ScaleQuestion => q.type === 'scale' && isShown(q, answers));

/**
 * Scores one section.
 * Barrier pressure (barrier categories, technologies) = 100 × Σ(wᵢ·bᵢ) / Σwᵢ, with bᵢ the badness of answer i
 * and wᵢ its effect weight (Deloitte appendix A: Stor or Lille).
 * Maturity index (maturity areas) = 100 × (1 − mean bᵢ), every item weighing the same, its polarity respected.
 * "Ved ikke" and unanswered questions are left out of both sums and counted. Context items (an attack suffered, a
 * worry held) are left out of the score altogether.
 */
export function scoreSection(section: Section, answers: Answers, rules: Bank['scoring']): SectionScore {
  const kind = section.kind as ScoredKind;
  const shown = shownScaleQuestions(section, answers).filter((q) => !isContext(q));
  let weightedBadness = 0;
  let totalWeight = 0;
  let answered = 0;
  let unknown = 0;
  for (const question of shown) {
    const answer = answerOf(answers, question.id);
    if (answer === dontKnow) unknown += 1;
    if (answer === undefined || !isDegree(answer)) continue;
    const w = kind === 'maturity-area' ? 1 : weight(question, rules);
    weightedBadness += w * badness(question, answer, rules);
    totalWeight += w;
    answered += 1;
  }
  const share = totalWeight === 0 ? null : weightedBadness / totalWeight;
  const value = share === null ? null : 100 * (kind === 'maturity-area' ? 1 - share : share);
  return {
    sectionId: section.id,
    kind,
    value,
    shown: shown.length,
    answered,
    dontKnow: unknown,
    unanswered: shown.length - answered - unknown,
  };
}

/** Scores every scored section of the bank, in questionnaire order. */
export const scoreSections = (bank: Bank, answers: Answers): SectionScore[] =>
  bank.sections.filter((s) => s.kind !== 'profile').map((s) => scoreSection(s, answers, bank.scoring));

/** How much a section weighs on the organisation, 0-100: barrier pressure as it is, maturity turned around. */
export const pressure = (score: SectionScore): number =>
  score.value === null ? 0 : score.kind === 'maturity-area' ? 100 - score.value : score.value;
