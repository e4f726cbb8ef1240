import type { Degree } from '../questions/scales';
import type { Bank, ScaleQuestion } from '../questions/schema';

type Rules = Bank['scoring'];

/**
 * How bad a degree answer is, from 0 to 1: the answer's points rescaled between the lowest and highest points
 * of the scale, reversed for maturity items, where a high degree is good.
 */
export function badness(question: ScaleQuestion, degree: Degree, rules: Rules): number {
  const points = Object.values(rules.degreePoints);
  const min = Math.min(...points);
  const max = Math.max(...points);
  const share = (rules.degreePoints[degree] - min) / (max - min);
  return question.polarity === 'maturity' ? 1 - share : share;
}

/**
 * Weight of a question: Deloitte's effect rating when it has one; the survey weight for an item of Rambøll's survey,
 * which rates none; otherwise (a barrier Deloitte describes in chapter 4 without a rating) the unrated weight.
 */
export function weight(question: ScaleQuestion, rules: Rules): number {
  if (question.rating) return rules.effectWeight[question.rating.effect];
  return question.source.report === 'ramboll-2024' ? rules.surveyWeight : rules.unratedWeight;
}

/**
 * Context items (an attack suffered, a worry held) are asked and compared nationally and can trigger a
 * recommendation, but no score rests on them: a maturity index measures practices, not awareness (audit D11).
 */
export const isContext = (question: ScaleQuestion): boolean =>
  question.polarity === 'incident' || question.polarity === 'concern';
