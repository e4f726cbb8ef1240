import type { Band, Degree } from '../questions/scales';
import type { Recommendation, Sector, SourceRef } from '../questions/schema';

export type { Answers } from '../questions/visibility';

export type ScoredKind = 'barrier-category' | 'technology' | 'maturity-area';

/**
 * The score of one section. `value` is a 0-100 barrier pressure (higher is worse) for barrier categories and
 * technologies, and a 0-100 maturity index (higher is better) for maturity areas; null when no shown question
 * has a degree answer.
 */
export interface SectionScore {
  sectionId: string;
  kind: ScoredKind;
  value: number | null;
  /** Questions shown to this organisation. */
  shown: number;
  /** Shown questions answered with a degree, the ones the value rests on. */
  answered: number;
  /** Shown questions answered "Ved ikke". */
  dontKnow: number;
  /** Shown questions without an answer. */
  unanswered: number;
}

/**
 * Rambøll's national figure for one item, in per cent: the bands the report gives, and the rest. `some` only where the
 * report's prose gives the middle band; `rest` is everyone else (with `some` absent, "i nogen grad" and "ved ikke").
 */
export interface National {
  high: number;
  some?: number;
  rest: number;
  low: number;
}

/** A part of the national figure: a reported band, or the rest. */
export type NationalSegment = 'high' | 'some' | 'rest' | 'low';

/**
 * An answer set beside the national figure, in words a reader can act on. For rated items: better than most, level
 * with them, or worse. For context items (an attack suffered, a worry held), which are neither good nor bad: to a
 * higher degree than most, level, or to a lower degree.
 */
export type Standing = 'better' | 'level' | 'worse' | 'more' | 'less';

/** Where one answer falls among Rambøll's bands, and the national share of public organisations beside it. */
export interface BenchmarkPosition {
  questionId: string;
  sectionId: string;
  answer: Degree;
  band: Band;
  /** The part of the national figure the answer is set beside: its band, or the rest where the band is not given. */
  segment: NationalSegment;
  /** Percentage of public organisations in that segment. */
  share: number;
  national: National;
  standing: Standing;
  /** The "i høj grad" share in the organisation's own sector, where the report gives one. */
  sector?: { sector: Sector; high: number };
}

/** An answer that triggered a recommendation. */
export interface Trigger {
  questionId: string;
  sectionId: string;
  answer: Degree;
  /** 0 (the best answer) to 1 (the worst answer), whatever the polarity. */
  badness: number;
  /** Effect weight of the question (Deloitte's effect rating, or the unrated weight). */
  weight: number;
}

export interface RecommendationResult {
  id: string;
  kind: Recommendation['kind'];
  proposal?: Recommendation['proposal'];
  label?: string;
  /** Central: a cross-public initiative to use or push for. Local: something the organisation does itself. */
  scope: 'central' | 'local';
  /**
   * How much of the organisation's picture the recommendation addresses, and how badly: Σ bᵢ·wᵢ over its triggers,
   * in units of the largest weight (so one worst answer to a Stor barrier counts 1).
   */
  priority: number;
  /** The heaviest single trigger, bᵢ·wᵢ in the same units: ranked on first, before `priority`. */
  peak: number;
  triggers: Trigger[];
  source: SourceRef;
}

/** Everything Parat concludes from one set of answers: ids and numbers, translated by the UI and the PDF. */
export interface AssessmentResult {
  bankVersion: number;
  scores: SectionScore[];
  benchmarks: BenchmarkPosition[];
  recommendations: RecommendationResult[];
  /** Barrier categories with a pressure above zero, heaviest first. */
  heaviestBarriers: string[];
  /** False when no barrier category or technology shows any pressure: the organisation reports no barriers. */
  barriersReported: boolean;
  /** Over every shown scored question: answered with a degree, "Ved ikke", and not answered. */
  basis: { answered: number; dontKnow: number; unanswered: number };
}
