import { firstSteps, type RecommendationResult } from '../../../scoring';
import { recommendationText } from '../../format/recommendation-text';
import type { Block, Chapter, RecommendationModel } from '../blocks';
import { actionOf, type ReportInput } from '../input';

/**
 * A recommendation's title in the report: the plan's title when it was taken into the plan (so an action has one
 * title everywhere in the document), the recommendation's own otherwise. Never its code: that is a tag.
 */
export const recommendationTitle = (input: ReportInput, r: RecommendationResult) =>
  actionOf(input, r)?.title ?? input.t(`recommendations:${r.id}.title`);

/** The heading over the answers behind a recommendation: in a workshop's report they are the group's. */
export const whyLabel = (input: ReportInput, own: string) =>
  input.workshop ? input.t('meeting:report.groupWhy') : own;

/** A recommendation as the report describes it, numbered by its rank; its code and its place in the plan as tags. */
function recommendationModel(input: ReportInput, r: RecommendationResult, rank: number): RecommendationModel {
  const { t } = input;
  const text = recommendationText(r, t, input.sector);
  const action = actionOf(input, r);
  return {
    ...text,
    whyLabel: whyLabel(input, text.whyLabel),
    title: `${rank + 1}. ${recommendationTitle(input, r)}`,
    tags: [
      ...(r.label ? [r.label] : []),
      ...text.tags,
      ...(action ? [t('report:inPlan', { number: action.number })] : []),
    ].join(' · '),
  };
}

const blocks = (input: ReportInput, from: number, to?: number): Block[] =>
  input.result.recommendations.slice(from, to).map((r, index) => ({
    kind: 'recommendation',
    recommendation: recommendationModel(input, r, from + index),
  }));

/** "Her kan I starte": the first recommendations in full, as scoring ranks them. Absent without recommendations. */
export function firstStepsChapter(input: ReportInput): Chapter | undefined {
  const { t } = input;
  if (input.result.recommendations.length === 0) return undefined;
  return {
    title: t('report:headings.firstSteps'),
    newPage: true,
    blocks: [
      { kind: 'paragraph', text: t('app:results.recommendation.startHereLead') },
      ...blocks(input, 0, firstSteps),
    ],
  };
}

/** Appendix A: the recommendations after the first ones, in the same order. Absent when there are none. */
export function otherRecommendationsChapter(input: ReportInput): Chapter | undefined {
  const { t } = input;
  if (input.result.recommendations.length <= firstSteps) return undefined;
  return {
    title: t('report:headings.otherRecommendations'),
    newPage: true,
    blocks: [{ kind: 'paragraph', text: t('report:otherLead') }, ...blocks(input, firstSteps)],
  };
}
