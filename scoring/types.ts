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
  /**
   * Percentage of public organisations in the reported bands better than the answer: how many are ahead of the
   * organisation on this item. 0 for context items, where neither end is better.
   */
  ahead: number;
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
  /** Weight of the question: Deloitte's effect rating, the unrated weight, or the survey weight. */
  weight: number;
  /** The answer's standing among public organisations, where Rambøll gives a national figure for the question. */
  standing?: Standing;
}

/**
 * What the answers say about a recommendation, in the order the ranking weighs it (scoring/rank.ts). Badness times
 * weight is in units of the largest weight, so one worst answer to a Stor barrier counts 1.
 */
export interface RankKeys {
  /** The heaviest single trigger, max bᵢ·wᵢ: how severe the worst problem it answers is. */
  peak: number;
  /** How many of its triggers are answers worse than most public organisations' (IT i praksis 2024-2025). */
  behind: number;
  /** Σ bᵢ·wᵢ over its triggers: how much of the organisation's picture it answers, and how badly. */
  priority: number;
  /** The largest share of public organisations (per cent) that answered better on one of its triggers. */
  ahead: number;
  /** The weighted mean badness (0-1) of every degree answer it addresses, problems or not. */
  fit: number;
  /** The highest pressure (0-100) among the sections of its triggers: barrier pressure, or 100 − maturity index. */
  pressure: number;
  /** The weight of every question in the bank it addresses, asked or not: how broad it is. */
  reach: number;
}

export interface RecommendationResult {
  id: string;
  kind: Recommendation['kind'];
  proposal?: Recommendation['proposal'];
  label?: string;
  /** Central: a cross-public initiative to use or push for. Local: something the organisation does itself. */
  scope: 'central' | 'local';
  rank: RankKeys;
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
