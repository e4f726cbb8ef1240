import type { Bank } from '../questions/schema';
import { benchmarkPositions } from './benchmark';
import { recommend } from './recommend';
import { scoreSections } from './score';
import type { Answers, AssessmentResult, SectionScore } from './types';

/**
 * Turns a bank and a set of answers into scores, national comparisons and ranked recommendations.
 * Pure: the same bank and answers always give the same result, whatever order the answers arrive in.
 */
export function assess(bank: Bank, answers: Answers): AssessmentResult {
  const scores = scoreSections(bank, answers);
  const benchmarks = benchmarkPositions(bank, answers);
  const barrierScores = scores.filter((s) => s.kind !== 'maturity-area');
  const heaviestBarriers = scores
    .filter((s) => s.kind === 'barrier-category' && s.value !== null && s.value > 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .map((s) => s.sectionId);
  return {
    bankVersion: bank.version,
    scores,
    benchmarks,
    recommendations: recommend(bank, answers, scores, benchmarks),
    heaviestBarriers,
    barriersReported: barrierScores.some((s) => s.value !== null && s.value > 0),
    basis: {
      answered: sum(scores, 'answered'),
      dontKnow: sum(scores, 'dontKnow'),
      unanswered: sum(scores, 'unanswered'),
    },
  };
}

const sum = (scores: readonly SectionScore[], key: 'answered' | 'dontKnow' | 'unanswered') =>
  scores.reduce((total, score) => total + score[key], 0);

/** True when at least one barrier category or technology question has a degree answer, so "no barriers" means something. */
export const barriersAnswered = (result: Pick<AssessmentResult, 'scores'>): boolean =>
  result.scores.some((s) => s.kind !== 'maturity-area' && s.answered > 0);
