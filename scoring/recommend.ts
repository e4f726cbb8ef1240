import { isDegree } from '../questions/scales';
import type { Bank, Recommendation, ScaleQuestion } from '../questions/schema';
import { badness, weight } from './badness';
import { pressure, shownScaleQuestions } from './score';
import type { Answers, RecommendationResult, SectionScore, Trigger } from './types';
import { answerOf } from '../questions/visibility';

// Floating-point slack when comparing a badness with the trigger threshold (1/3 against 1/3).
const epsilon = 1e-9;

const addresses = (recommendation: Recommendation, question: ScaleQuestion) =>
  recommendation.questions.includes(question.id) || question.codes.some((c) => recommendation.codes.includes(c));

/** The shown, degree-answered questions whose badness reaches the trigger threshold. */
function triggeringAnswers(bank: Bank, answers: Answers): { question: ScaleQuestion; trigger: Trigger }[] {
  const rules = bank.scoring;
  return bank.sections.flatMap((section) =>
    shownScaleQuestions(section, answers).flatMap((question) => {
      const answer = answerOf(answers, question.id);
      if (answer === undefined || !isDegree(answer)) return [];
      const b = badness(question, answer, rules);
      if (b + epsilon < rules.triggerBadness) return [];
      const trigger = {
        questionId: question.id,
        sectionId: section.id,
        answer,
        badness: b,
        weight: weight(question, rules),
      };
      return [{ question, trigger }];
    }),
  );
}

/**
 * Ranks the recommendations an organisation's answers call for. A recommendation is triggered by every shown
 * answer at or above the trigger threshold to a question that carries one of its codes or is named by it; with
 * no trigger it is not recommended. Priority = 100 × max(bᵢ·wᵢ) / max weight. Ties are broken by the pressure of
 * the triggering sections (barrier pressure, or 100 − maturity index), then by the order of the bank, which
 * keeps the report's own order (initiatives LF1.1 to LF4.2, the ESG steps 1 to 4).
 * Initiatives are central when a trigger has Deloitte relevance Stor, local otherwise;
 * lessons, action points, ESG steps and GenAI follow-ups are local.
 */
export function recommend(bank: Bank, answers: Answers, scores: SectionScore[]): RecommendationResult[] {
  const triggering = triggeringAnswers(bank, answers);
  const maxWeight = Math.max(bank.scoring.unratedWeight, ...Object.values(bank.scoring.effectWeight));
  const sectionPressure = new Map(scores.map((s) => [s.sectionId, pressure(s)]));

  const ranked = bank.recommendations.flatMap((recommendation, order) => {
    const hits = triggering.filter((t) => addresses(recommendation, t.question));
    const triggers = hits.map((h) => h.trigger);
    if (hits.length === 0) return [];
    const central = recommendation.kind === 'initiative' && hits.some((t) => t.question.rating?.relevance === 'Stor');
    const result: RecommendationResult = {
      id: recommendation.id,
      kind: recommendation.kind,
      ...(recommendation.proposal ? { proposal: recommendation.proposal } : {}),
      ...(recommendation.label ? { label: recommendation.label } : {}),
      scope: central ? 'central' : 'local',
      priority: (100 * Math.max(...triggers.map((t) => t.badness * t.weight))) / maxWeight,
      triggers,
      source: recommendation.source,
    };
    const tieBreak = Math.max(...triggers.map((t) => sectionPressure.get(t.sectionId) ?? 0));
    return [{ result, tieBreak, order }];
  });

  ranked.sort((a, b) => b.result.priority - a.result.priority || b.tieBreak - a.tieBreak || a.order - b.order);
  return ranked.map((r) => r.result);
}
