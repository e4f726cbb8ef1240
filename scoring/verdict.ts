import type { Bank } from '../questions/schema';
import { barriersAnswered } from './assess';
import { ratedBenchmarkItems } from './benchmark';
import type { Comparison } from './compare';
import type { Answers, AssessmentResult, SectionScore } from './types';

/** How many recommendations are named as where to start: on the first screen, in the summary and in the report. */
export const firstSteps = 5;

/** How many of the heaviest large barriers the verdict names, with any tied with the last of them. */
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
  /** The heaviest large barriers (categories and technologies at the large pressure or over), heaviest first. */
  barriers: SectionScore[];
  /**
   * 'large' when some barrier is large; 'small' when barriers weigh, but none is large; 'none' when barriers were
   * answered and none weigh; 'unanswered' when no barrier has a degree answer.
   */
  barrierState: 'large' | 'small' | 'none' | 'unanswered';
  /** The pressure (0-100) from which a barrier is large, so the words can say where the line is. */
  largePressure: number;
  /** The maturity areas with the lowest index, all of them when they tie: led with when no barrier is large. */
  weakestAreas: string[];
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

/** Scores as the reader sees them: rounded, so two categories shown with the same figure tie. */
const shown = (score: SectionScore) => Math.round(score.value ?? 0);

/**
 * The large barriers, heaviest first: pressure at least `largePressure` (rounded, as shown), at most `namedBarriers`
 * of them, and every one tied with the last named.
 */
function largeBarriers(scores: SectionScore[], largePressure: number): SectionScore[] {
  const large = scores
    .filter((s) => s.kind !== 'maturity-area' && s.value !== null && shown(s) >= largePressure)
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const last = large[namedBarriers - 1];
  return last ? large.filter((s, i) => i < namedBarriers || shown(s) === shown(last)) : large;
}

/** The maturity areas with a score whose index is lowest, rounded as shown, in questionnaire order. */
function weakest(scores: SectionScore[]): string[] {
  const areas = scores.filter((s) => s.kind === 'maturity-area' && s.value !== null);
  const lowest = Math.min(...areas.map(shown));
  return areas.filter((s) => shown(s) === lowest).map((s) => s.sectionId);
}

function areaStandings(bank: Bank, answers: Answers, result: AssessmentResult): AreaStanding[] {
  const standing = new Map(result.benchmarks.map((b) => [b.questionId, b.standing]));
  return result.scores
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
}

/**
 * The verdict. Barriers are named as the largest only when their pressure reaches `largePressure` (bank.scoring);
 * technologies carry barrier pressure on the same scale as the categories and can be among them.
 */
export function verdictOf(bank: Bank, answers: Answers, result: AssessmentResult, comparison?: Comparison): Verdict {
  const barriers = largeBarriers(result.scores, bank.scoring.largePressure);
  const byDirection = (direction: string) =>
    (comparison?.sections ?? []).filter((s) => s.direction === direction).map((s) => s.sectionId);
  return {
    barriers,
    barrierState:
      barriers.length > 0
        ? 'large'
        : result.barriersReported
          ? 'small'
          : barriersAnswered(result)
            ? 'none'
            : 'unanswered',
    largePressure: bank.scoring.largePressure,
    weakestAreas: weakest(result.scores),
    areas: areaStandings(bank, answers, result),
    basis: result.basis,
    mostlyUnknown: result.basis.dontKnow > result.basis.answered,
    firstSteps: result.recommendations.slice(0, firstSteps).map((r) => r.id),
    ...(comparison
      ? { change: { better: byDirection('better'), worse: byDirection('worse'), same: byDirection('same') } }
      : {}),
  };
}
