import { bandOfDegree, isDegree } from '../questions/scales';
import type { Bank } from '../questions/schema';
import { shownScaleQuestions } from './score';
import type { Answers, BenchmarkPosition } from './types';
import { answerOf } from '../questions/visibility';

/**
 * For each shown item with a national figure and a degree answer: the band the answer falls in and the share of
 * public organisations in that band (IT i praksis 2024-2025). "I nogen grad" is the remainder, 100 − high − low.
 */
export function benchmarkPositions(bank: Bank, answers: Answers): BenchmarkPosition[] {
  const positions: BenchmarkPosition[] = [];
  for (const section of bank.sections) {
    for (const question of shownScaleQuestions(section, answers)) {
      const answer = answerOf(answers, question.id);
      if (!question.benchmark || answer === undefined || !isDegree(answer)) continue;
      const national = {
        high: question.benchmark.high,
        some: 100 - question.benchmark.high - question.benchmark.low,
        low: question.benchmark.low,
      };
      const band = bandOfDegree[answer];
      positions.push({ questionId: question.id, answer, band, share: national[band], national });
    }
  }
  return positions;
}
