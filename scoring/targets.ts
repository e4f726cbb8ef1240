import type { RecommendationResult, SectionScore } from './types';

export interface TargetGap {
  sectionId: string;
  target: number;
  value: number | null;
  /**
   * How far the score is from the target, in points: barrier pressure above its highest accepted value, or a
   * maturity index below its lowest. 0 when the target is met; null without a score.
   */
  gap: number | null;
}

/** The organisation's own targets set beside its scores (our design; the reports set no targets). */
export function targetGaps(scores: readonly SectionScore[], targets: Readonly<Record<string, number>>): TargetGap[] {
  return scores.flatMap((score) => {
    const target = targets[score.sectionId];
    if (target === undefined || !Object.hasOwn(targets, score.sectionId)) return [];
    const gap =
      score.value === null
        ? null
        : Math.max(0, score.kind === 'maturity-area' ? target - score.value : score.value - target);
    return [{ sectionId: score.sectionId, target, value: score.value, gap }];
  });
}

/** The sections with an open gap that a recommendation works on: those of the answers that triggered it. */
export function targetsClosedBy(recommendation: RecommendationResult, gaps: readonly TargetGap[]): string[] {
  const open = new Set(gaps.filter((g) => (g.gap ?? 0) > 0).map((g) => g.sectionId));
  return [...new Set(recommendation.triggers.map((t) => t.sectionId))].filter((id) => open.has(id));
}
