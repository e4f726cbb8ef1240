import type { RecommendationResult } from './types';

/** A triggered recommendation with what the ranking needs beyond its result. */
export interface Candidate {
  result: RecommendationResult;
  /** Its place in the report's order, used only where nothing in the answers tells two apart. */
  order: number;
  /** Its place in a sequence whose steps build on each other: the sequence (its kind) and the step. */
  sequence?: { kind: string; step: number };
}

// Floating-point slack: 2/3 computed two ways must count as equal.
const epsilon = 1e-9;
const descending = (a: number, b: number) => (Math.abs(a - b) < epsilon ? 0 : b - a);

/**
 * What the answers say, most important first (RankKeys):
 * 1. peak, the heaviest single answer it addresses (severity);
 * 2. priority, Σ bᵢ·wᵢ, so one that answers several problems comes before one that answers one;
 * 3. the number of problems it answers (its triggers), where the weighted sum is the same;
 * 4. behind, how many of its answers are worse than most public organisations';
 * 5. ahead, how many public organisations (per cent) answered better on one of its questions;
 * 6. fit, how badly the organisation stands on everything it addresses, so advice aimed squarely at its problems
 *    comes before advice of which they are a small part;
 * 7. local actions before cross-public initiatives;
 * 8. pressure, of the sections its answers are in;
 * 9. reach, the narrower recommendation first, as more of it is aimed at these problems.
 */
export const byAnswers = (a: RecommendationResult, b: RecommendationResult): number =>
  descending(a.rank.peak, b.rank.peak) ||
  descending(a.rank.priority, b.rank.priority) ||
  b.triggers.length - a.triggers.length ||
  b.rank.behind - a.rank.behind ||
  b.rank.ahead - a.rank.ahead ||
  descending(a.rank.fit, b.rank.fit) ||
  (a.scope === b.scope ? 0 : a.scope === 'local' ? -1 : 1) ||
  descending(a.rank.pressure, b.rank.pressure) ||
  a.rank.reach - b.rank.reach;

/**
 * Puts the steps of a sequence in their own order: an earlier step moves up to just before the first later step that
 * the keys put above it, so a sequence starts where its most pressing step would have stood and never runs backwards
 * (Rambøll: choosing a solution "kræver dog, at organisationen først kortlægger den nuværende ESG situation", 003
 * L552-554). Everything else keeps its order.
 */
function stepsInOrder(sorted: Candidate[]): Candidate[] {
  // A step's place is the best place of itself and of every later step of its sequence.
  const placeOf = (candidate: Candidate, i: number): number => {
    const { sequence } = candidate;
    if (!sequence) return i;
    return sorted.reduce(
      (best, c, j) =>
        c.sequence?.kind === sequence.kind && c.sequence.step >= sequence.step ? Math.min(best, j) : best,
      i,
    );
  };
  return sorted
    .map((candidate, i) => ({ candidate, place: placeOf(candidate, i), step: candidate.sequence?.step ?? 0 }))
    .sort((a, b) => a.place - b.place || a.step - b.step)
    .map((entry) => entry.candidate);
}

/**
 * Ranks triggered recommendations by what the answers say (byAnswers), then puts sequential steps in their order. The
 * report's order decides only between candidates equal on every key.
 */
export function rank(candidates: Candidate[]): RecommendationResult[] {
  const sorted = [...candidates].sort((a, b) => byAnswers(a.result, b.result) || a.order - b.order);
  return stepsInOrder(sorted).map((c) => c.result);
}
