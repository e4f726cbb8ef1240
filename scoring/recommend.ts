import { activeStages, isDegree } from '../questions/scales';
import type { Bank, Recommendation, ScaleQuestion } from '../questions/schema';
import { stageQuestionId } from '../questions/sections/profile';
import { answerOf } from '../questions/visibility';
import { badness, weight } from './badness';
import { pressure, shownScaleQuestions } from './score';
import { rank, type Candidate } from './rank';
import type { Answers, BenchmarkPosition, RecommendationResult, SectionScore, Trigger } from './types';

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

// The weight of every question each recommendation addresses, asked or not, worked out once per bank.
const reaches = new WeakMap<Bank, number[]>();
function reachOf(bank: Bank): number[] {
  let reach = reaches.get(bank);
  if (!reach) {
    const scale = bank.sections.flatMap((s) => s.questions).filter((q): q is ScaleQuestion => q.type === 'scale');
    reach = bank.recommendations.map((r) =>
      scale.filter((q) => addresses(r, q)).reduce((sum, q) => sum + weight(q, bank.scoring), 0),
    );
    reaches.set(bank, reach);
  }
  return reach;
}

interface Hit {
  question: ScaleQuestion;
  trigger: Trigger;
  /** The share of public organisations that answered better, where there is a national figure. */
  ahead: number;
}

/**
 * The shown questions answered with a degree, each with its badness, weight and national standing: what triggers are
 * chosen from.
 */
function degreeAnswers(bank: Bank, answers: Answers, benchmarks: BenchmarkPosition[]): Hit[] {
  const rules = bank.scoring;
  const byQuestion = new Map(benchmarks.map((b) => [b.questionId, b]));
  return bank.sections.flatMap((section) =>
    shownScaleQuestions(section, answers).flatMap((question) => {
      const answer = answerOf(answers, question.id);
      if (answer === undefined || !isDegree(answer)) return [];
      const position = byQuestion.get(question.id);
      const trigger: Trigger = {
        questionId: question.id,
        sectionId: section.id,
        answer,
        badness: badness(question, answer, rules),
        weight: weight(question, rules),
        ...(position ? { standing: position.standing } : {}),
      };
      return [{ question, trigger, ahead: position?.ahead ?? 0 }];
    }),
  );
}

/** A case about one technology applies only where the organisation is exploring it or further. */
const inPlay = (recommendation: Recommendation, answers: Answers) =>
  !recommendation.technology ||
  (activeStages as readonly string[]).includes(answerOf(answers, stageQuestionId(recommendation.technology)) ?? '');

/**
 * The recommendations an organisation's answers call for, ranked. A recommendation is triggered by every shown answer
 * in the problem band (badness at least the trigger threshold: see ScoringRules) to a question that carries one of
 * its codes or is named by it; with no trigger, or a case about a technology the organisation is not exploring, it is
 * not recommended. Each trigger carries the answer's standing among public organisations where Rambøll gives a
 * national figure; the result carries the keys it is ranked on (RankKeys, in rank.ts's order), and steps that build on
 * each other keep their order among equally severe ones.
 * Initiatives are central when a trigger has Deloitte relevance Stor, local otherwise; lessons, action points, ESG
 * steps and GenAI follow-ups are local.
 */
export function recommend(
  bank: Bank,
  answers: Answers,
  scores: SectionScore[],
  benchmarks: BenchmarkPosition[],
): RecommendationResult[] {
  const answered = degreeAnswers(bank, answers, benchmarks);
  // Only answers in the problem band trigger (badness at least the threshold, with slack for 2/3 against 2/3).
  const triggering = answered.filter((a) => a.trigger.badness + epsilon >= bank.scoring.triggerBadness);
  const { unratedWeight, surveyWeight, effectWeight } = bank.scoring;
  const maxWeight = Math.max(unratedWeight, surveyWeight, ...Object.values(effectWeight));
  const sectionPressure = new Map(scores.map((s) => [s.sectionId, pressure(s)]));

  const index = recommendationsFor(bank);
  const hitsOf = bank.recommendations.map((): Hit[] => []);
  for (const hit of triggering) for (const i of index.get(hit.question.id) ?? []) hitsOf[i]?.push(hit);
  // Everything each recommendation addresses in these answers, problems or not: Σ wᵢ·bᵢ and Σ wᵢ, for its fit.
  const scopeOf = bank.recommendations.map(() => ({ weighted: 0, weight: 0 }));
  for (const { question, trigger } of answered) {
    for (const scope of (index.get(question.id) ?? []).map((i) => scopeOf[i])) {
      if (!scope) continue;
      scope.weighted += trigger.badness * trigger.weight;
      scope.weight += trigger.weight;
    }
  }
  const candidates = bank.recommendations.flatMap((recommendation, order): Candidate[] => {
    const hits = hitsOf[order] ?? [];
    if (hits.length === 0 || !inPlay(recommendation, answers)) return [];
    const triggers = hits.map((h) => h.trigger);
    const central = recommendation.kind === 'initiative' && hits.some((t) => t.question.rating?.relevance === 'Stor');
    const weighted = triggers.map((t) => (t.badness * t.weight) / maxWeight);
    const scope = scopeOf[order] ?? { weighted: 0, weight: 0 };
    const result: RecommendationResult = {
      id: recommendation.id,
      kind: recommendation.kind,
      ...(recommendation.proposal ? { proposal: recommendation.proposal } : {}),
      ...(recommendation.label ? { label: recommendation.label } : {}),
      scope: central ? 'central' : 'local',
      rank: {
        peak: Math.max(...weighted),
        behind: triggers.filter((t) => t.standing === 'worse').length,
        priority: weighted.reduce((sum, w) => sum + w, 0),
        ahead: Math.max(...hits.map((h) => h.ahead)),
        fit: scope.weighted / Math.max(scope.weight, epsilon),
        pressure: Math.max(...triggers.map((t) => sectionPressure.get(t.sectionId) ?? 0)),
        reach: reachOf(bank)[order] ?? 0,
      },
      triggers,
      source: recommendation.source,
    };
    const step = recommendation.step;
    return [{ result, order, ...(step ? { sequence: { kind: recommendation.kind, step } } : {}) }];
  });
  return rank(candidates);
}
