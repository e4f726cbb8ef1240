import { bandOfDegree, isDegree, type Band } from '../questions/scales';
import type { Bank, ScaleQuestion } from '../questions/schema';
import { answerOf } from '../questions/visibility';
import { shownScaleQuestions } from './score';
import type { Answers, BenchmarkPosition, National, NationalSegment } from './types';

/**
 * The national figure as the report gives it: "i høj grad" and "slet ikke eller i lav grad", "i nogen grad" only where
 * the prose states it, and the rest as what it is: "i nogen grad" together with "ved ikke" and no answer, or, where
 * the middle band is given, "ved ikke" and no answer alone.
 */
export function nationalFigure(benchmark: NonNullable<ScaleQuestion['benchmark']>): National {
  const { high, low, some } = benchmark;
  return { high, low, ...(some === undefined ? {} : { some }), rest: 100 - high - low - (some ?? 0) };
}

/** Where an answer in a band falls in the national figure: its own band, or the rest where the band is not given. */
export const segmentOf = (band: Band, national: National): NationalSegment =>
  band === 'some' && national.some === undefined ? 'rest' : band;

/**
 * For each shown item with a national figure and a degree answer: the band the answer falls in, the segment of the
 * national figure it is set beside, and that segment's share of public organisations (IT i praksis 2024-2025).
 */
export function benchmarkPositions(bank: Bank, answers: Answers): BenchmarkPosition[] {
  const positions: BenchmarkPosition[] = [];
  for (const section of bank.sections) {
    for (const question of shownScaleQuestions(section, answers)) {
      const answer = answerOf(answers, question.id);
      if (!question.benchmark || answer === undefined || !isDegree(answer)) continue;
      const national = nationalFigure(question.benchmark);
      const band = bandOfDegree[answer];
      const segment = segmentOf(band, national);
      positions.push({ questionId: question.id, answer, band, segment, share: national[segment] ?? 0, national });
    }
  }
  return positions;
}
