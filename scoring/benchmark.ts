import { bandOfDegree, isDegree, type Band } from '../questions/scales';
import type { Bank, Polarity, ScaleQuestion } from '../questions/schema';
import { sectors, type Sector } from '../questions/sectors';
import { answerOf } from '../questions/visibility';
import { isContext } from './badness';
import { shownScaleQuestions } from './score';
import type { Answers, BenchmarkPosition, National, NationalSegment, Standing } from './types';

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

const degreeRank: Record<Band, number> = { low: 0, some: 1, high: 2 };
const goodness = (band: Band, polarity: Polarity) => (polarity === 'barrier' ? 2 - degreeRank[band] : degreeRank[band]);

/**
 * The shares of public organisations in the reported bands better and worse than an answer's band (the rest, which
 * mixes bands, counted in neither). Maturity items are better the higher the degree, the others the lower.
 */
export function sharesAround(band: Band, national: National, polarity: Polarity): { better: number; worse: number } {
  let better = 0;
  let worse = 0;
  for (const b of ['high', 'some', 'low'] as const) {
    const share = national[b];
    if (share === undefined || b === band) continue;
    if (goodness(b, polarity) > goodness(band, polarity)) better += share;
    else worse += share;
  }
  return { better, worse };
}

/**
 * An answer's standing among public organisations, from the reported bands alone (the rest, which mixes "i nogen
 * grad" with "ved ikke", is never counted for or against):
 * - worse than most when the bands better than the answer hold over half, better than most when the worse bands do;
 * - at the best band, better than most when under half are there too (the majority did not report as much); at the
 *   worst band, worse than most on the same terms;
 * - otherwise level with most.
 * Maturity items are better the higher the degree, barrier items the lower; context items are compared by degree.
 */
export function standingOf(band: Band, national: National, polarity: Polarity): Standing {
  const { better, worse } = sharesAround(band, national, polarity);
  const own = goodness(band, polarity);
  const same = national[band];
  let standing: 'better' | 'level' | 'worse' = 'level';
  if (better > 50) standing = 'worse';
  else if (worse > 50) standing = 'better';
  else if (same !== undefined && same < 50 && own === 2) standing = 'better';
  else if (same !== undefined && same < 50 && own === 0) standing = 'worse';
  if (polarity === 'incident' || polarity === 'concern') {
    return standing === 'better' ? 'more' : standing === 'worse' ? 'less' : 'level';
  }
  return standing;
}

/**
 * For each shown item with a national figure and a degree answer: the band the answer falls in, the segment of the
 * national figure it is set beside, that segment's share of public organisations (IT i praksis 2024-2025), and the
 * answer's standing among them.
 */
export function benchmarkPositions(bank: Bank, answers: Answers): BenchmarkPosition[] {
  const positions: BenchmarkPosition[] = [];
  const sector = sectorOf(answers);
  for (const section of bank.sections) {
    for (const question of shownScaleQuestions(section, answers)) {
      const answer = answerOf(answers, question.id);
      if (!question.benchmark || answer === undefined || !isDegree(answer)) continue;
      const national = nationalFigure(question.benchmark);
      const band = bandOfDegree[answer];
      const segment = segmentOf(band, national);
      const context = isContext(question);
      const sectorHigh = sector && question.benchmark.bySector?.high[sector];
      positions.push({
        questionId: question.id,
        sectionId: section.id,
        answer,
        band,
        segment,
        share: national[segment] ?? 0,
        national,
        standing: standingOf(band, national, question.polarity),
        ahead: context ? 0 : sharesAround(band, national, question.polarity).better,
        ...(sector && sectorHigh !== undefined ? { sector: { sector, high: sectorHigh } } : {}),
      });
    }
  }
  return positions;
}

/** The organisation's sector, from the profile, if it is one the bank knows. */
const sectorOf = (answers: Answers): Sector | undefined => {
  const answer = answerOf(answers, 'sector');
  return sectors.find((s) => s === answer);
};

/** The shown items of a section that have a national figure and a rating, context items left out. */
export const ratedBenchmarkItems = (bank: Bank, sectionId: string, answers: Answers): ScaleQuestion[] => {
  const section = bank.sections.find((s) => s.id === sectionId);
  return section ? shownScaleQuestions(section, answers).filter((q) => q.benchmark && !isContext(q)) : [];
};
