import { activeStages, isDegree } from '../questions/scales';
import type { Bank, Recommendation, ScaleQuestion } from '../questions/schema';
import { stageQuestionId } from '../questions/sections/profile';
import { answerOf } from '../questions/visibility';
import { badness, weight } from './badness';
import { pressure, shownScaleQuestions } from './score';
import type { Answers, RecommendationResult, SectionScore, Trigger } from './types';

// Floating-point slack when comparing a badness with the trigger threshold (2/3 against 2/3).
const epsilon = 1e-9;

const addresses = (recommendation: Recommendation, question: ScaleQuestion) =>
  recommendation.questions.includes(question.id) || question.codes.some((c) => recommendation.codes.includes(c));

// Which recommendations address each question, worked out once per bank: a workshop scores a thousand participants.
const addressedBy = new WeakMap<Bank, Map<string, number[]>>();
function recommendationsFor(bank: Bank): Map<string, number[]> {
  let index = addressedBy.get(bank);
  if (!index) {
    index = new Map();
    for (const question of bank.sections.flatMap((s) => s.questions)) {
      if (question.type !== 'scale') continue;
      index.set(
        question.id,
        bank.recommendations.flatMap((r, i) => (addresses(r, question) ? [i] : [])),
      );
    }
    addressedBy.set(bank, index);
  }
  return index;
}

/** The shown questions answered with a degree, each with its badness and weight: what triggers are chosen from. */
function degreeAnswers(bank: Bank, answers: Answers): { question: ScaleQuestion; trigger: Trigger }[] {
  const rules = bank.scoring;
  return bank.sections.flatMap((section) =>
    shownScaleQuestions(section, answers).flatMap((question) => {
      const answer = answerOf(answers, question.id);
      if (answer === undefined || !isDegree(answer)) return [];
      const trigger = {
        questionId: question.id,
        sectionId: section.id,
        answer,
        badness: badness(question, answer, rules),
        weight: weight(question, rules),
      };
      return [{ question, trigger }];
    }),
  );
}

/** A case about one technology applies only where the organisation is exploring it or further. */
const inPlay = (recommendation: Recommendation, answers: Answers) =>
  !recommendation.technology ||
  (activeStages as readonly string[]).includes(answerOf(answers, stageQuestionId(recommendation.technology)) ?? '');

/**
 * Ranks the recommendations an organisation's answers call for. A recommendation is triggered by every shown answer in
 * the problem band (badness at least the trigger threshold: see ScoringRules) to a question that carries one of its
 * codes or is named by it; with no trigger, or a case about a technology the organisation is not exploring, it is not
 * recommended.
 * Ranking combines how bad the worst trigger is with how much of the organisation's picture the recommendation
 * addresses: first the heaviest single trigger (peak = max bᵢ·wᵢ / the largest weight), then priority = Σ bᵢ·wᵢ over
 * its triggers / the largest weight, so a severe problem comes before many mild ones, and among equally severe ones the
 * broader comes first. Remaining ties are broken by focus, the
 * share of the weighted, degree-answered questions it addresses that are problems; then by what the organisation can
 * do itself (local before central); then, for the steps of Rambøll's ESG framework, which build on each other, the
 * earlier step; then by the pressure of the triggering sections (barrier pressure, or
 * 100 − maturity index); and only then by the report's order.
 * Initiatives are central when a trigger has Deloitte relevance Stor, local otherwise; lessons, action points, ESG
 * steps and GenAI follow-ups are local.
 */
export function recommend(bank: Bank, answers: Answers, scores: SectionScore[]): RecommendationResult[] {
  const answered = degreeAnswers(bank, answers);
  // Only answers in the problem band trigger (badness at least the threshold, with slack for 2/3 against 2/3).
  const triggering = answered.filter((a) => a.trigger.badness + epsilon >= bank.scoring.triggerBadness);
  const { unratedWeight, surveyWeight, effectWeight } = bank.scoring;
  const maxWeight = Math.max(unratedWeight, surveyWeight, ...Object.values(effectWeight));
  const sectionPressure = new Map(scores.map((s) => [s.sectionId, pressure(s)]));

  const index = recommendationsFor(bank);
  const hitsOf = bank.recommendations.map((): { question: ScaleQuestion; trigger: Trigger }[] => []);
  for (const hit of triggering) for (const i of index.get(hit.question.id) ?? []) hitsOf[i]?.push(hit);
  // The weight of the degree-answered questions each recommendation addresses: the whole its triggers are part of.
  const scopeOf = bank.recommendations.map(() => 0);
  for (const { question, trigger } of answered) {
    for (const i of index.get(question.id) ?? []) scopeOf[i] = (scopeOf[i] ?? 0) + trigger.weight;
  }
  const ranked = bank.recommendations.flatMap((recommendation, order) => {
    const hits = hitsOf[order] ?? [];
    if (hits.length === 0 || !inPlay(recommendation, answers)) return [];
    const triggers = hits.map((h) => h.trigger);
    const central = recommendation.kind === 'initiative' && hits.some((t) => t.question.rating?.relevance === 'Stor');
    const weighted = triggers.map((t) => (t.badness * t.weight) / maxWeight);
    const result: RecommendationResult = {
      id: recommendation.id,
      kind: recommendation.kind,
      ...(recommendation.proposal ? { proposal: recommendation.proposal } : {}),
      ...(recommendation.label ? { label: recommendation.label } : {}),
      scope: central ? 'central' : 'local',
      priority: weighted.reduce((sum, w) => sum + w, 0),
      peak: Math.max(...weighted),
      triggers,
      source: recommendation.source,
    };
    // Focus: the share of what it addresses in these answers that is a problem (weighted), so advice aimed squarely at
    // the organisation's problems comes before advice of which they are a small part.
    const focus = (result.priority * maxWeight) / Math.max(scopeOf[order] ?? 0, epsilon);
    const tieBreak = Math.max(...triggers.map((t) => sectionPressure.get(t.sectionId) ?? 0));
    return [{ result, focus, tieBreak, order, step: recommendation.step }];
  });

  const close = (a: number, b: number) => Math.abs(a - b) < epsilon;
  ranked.sort(
    (a, b) =>
      (close(a.result.peak, b.result.peak) ? 0 : b.result.peak - a.result.peak) ||
      (close(a.result.priority, b.result.priority) ? 0 : b.result.priority - a.result.priority) ||
      (close(a.focus, b.focus) ? 0 : b.focus - a.focus) ||
      (a.result.scope === b.result.scope ? 0 : a.result.scope === 'local' ? -1 : 1) ||
      (a.step !== undefined && b.step !== undefined ? a.step - b.step : 0) ||
      b.tieBreak - a.tieBreak ||
      a.order - b.order,
  );
  return ranked.map((r) => r.result);
}
