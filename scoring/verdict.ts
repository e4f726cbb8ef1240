import type { Bank } from '../questions/schema';
import { barriersAnswered } from './assess';
import { ratedBenchmarkItems } from './benchmark';
import type { Comparison } from './compare';
import type { Answers, AssessmentResult, SectionScore } from './types';

/** How many recommendations are named as where to start: on the first screen, in the summary and in the report. */
export const firstSteps = 5;

/** How many of the heaviest barrier categories the verdict names. */
const namedBarriers = 3;

/** One maturity area beside the national figure: its items by standing, and those with no degree answer to compare. */
export interface AreaStanding {
  sectionId: string;
  value: number | null;
  better: string[];
  level: string[];
  worse: string[];
  notCompared: string[];
}

/**
 * Where the organisation stands and what to do first, as ids and numbers: made once, worded by the results page,
 * the report, its print version and the command line alike.
 */
export interface Verdict {
  /** The heaviest barrier categories and technologies with a pressure above zero, heaviest first. */
  barriers: SectionScore[];
  /** 'none' when barriers were answered and none weigh; 'unanswered' when no barrier has a degree answer. */
  barrierState: 'some' | 'none' | 'unanswered';
  /** Every maturity area shown, with its rated national items by standing. */
  areas: AreaStanding[];
  basis: AssessmentResult['basis'];
  /** True when more answers are "Ved ikke" than degree answers: the result says little, whatever its numbers. */
  mostlyUnknown: boolean;
  /** The recommendations to start with, by id. */
  firstSteps: string[];
  /** Since an earlier assessment, when one is set beside this one: the scored sections by direction. */
  change?: { better: string[]; worse: string[]; same: string[] };
}

export function verdictOf(bank: Bank, answers: Answers, result: AssessmentResult, comparison?: Comparison): Verdict {
  const standing = new Map(result.benchmarks.map((b) => [b.questionId, b.standing]));
  const areas = result.scores
    .filter((s) => s.kind === 'maturity-area' && s.shown > 0)
    .map((score): AreaStanding => {
      const area: AreaStanding = {
        sectionId: score.sectionId,
        value: score.value,
        better: [],
        level: [],
        worse: [],
        notCompared: [],
      };
      for (const item of ratedBenchmarkItems(bank, score.sectionId, answers)) {
        const s = standing.get(item.id);
        if (s === 'better' || s === 'level' || s === 'worse') area[s].push(item.id);
        else area.notCompared.push(item.id);
      }
      return area;
    });
  // Technologies carry barrier pressure on the same scale as the categories, and can weigh heaviest.
  const barriers = result.scores
    .filter((s) => s.kind !== 'maturity-area' && s.value !== null && s.value > 0)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
    .slice(0, namedBarriers);
  const byDirection = (direction: string) =>
    (comparison?.sections ?? []).filter((s) => s.direction === direction).map((s) => s.sectionId);
  return {
    barriers,
    barrierState: result.barriersReported ? 'some' : barriersAnswered(result) ? 'none' : 'unanswered',
    areas,
    basis: result.basis,
    mostlyUnknown: result.basis.dontKnow > result.basis.answered,
    firstSteps: result.recommendations.slice(0, firstSteps).map((r) => r.id),
    ...(comparison
      ? { change: { better: byDirection('better'), worse: byDirection('worse'), same: byDirection('same') } }
      : {}),
  };
}
