import { degrees, dontKnow, scaleOptions, stages, type Degree } from '../questions/scales';
import type { Bank } from '../questions/schema';
import { assess } from './assess';
import { codePositions, noAnswer, scoreParticipant, type ScoredAnswers } from './participant';
import { shownScaleQuestions } from './score';
import type { Answers, AssessmentResult, ScoredKind } from './types';
import { answerOf } from '../questions/visibility';

/**
 * Mean and population standard deviation of some numbers; null for none. One number has no spread and no range
 * (a spread of 0 would read as agreement where only one person answered), so both are null then.
 */
function meanAndSpread(values: readonly number[]): {
  mean: number | null;
  spread: number | null;
  min: number | null;
  max: number | null;
} {
  if (values.length === 0) return { mean: null, spread: null, min: null, max: null };
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  if (values.length === 1) return { mean, spread: null, min: null, max: null };
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  // A loop, not Math.min(...values): spreading a hundred thousand arguments overflows the stack.
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  return { mean, spread: Math.sqrt(variance), min, max };
}

export interface WorkshopSection {
  sectionId: string;
  kind: ScoredKind;
  /**
   * The group's score (0-100): the score of the group's answers, the one figure the group's recommendations, PDF
   * and plan build on. The participants' mean and spread stand beside it.
   */
  group: number | null;
  /** Mean of the participants' scores (0-100), over those with a score. */
  mean: number | null;
  /** Standard deviation of the participants' scores: how far they disagree. */
  spread: number | null;
  min: number | null;
  max: number | null;
  /** Participants with a score in this section: fewer than all is flagged wherever the section is shown. */
  scored: number;
  /** The participants' scores, lowest first (so the order they were added in changes nothing): a dot each. */
  values: number[];
}

export interface WorkshopQuestion {
  questionId: string;
  sectionId: string;
  /** Mean of the degree answers in points (0 = slet ikke … 3 = i høj grad). */
  mean: number | null;
  spread: number | null;
  /** How many participants gave each answer. */
  counts: Record<Degree | 'dont-know', number>;
}

export interface WorkshopResult {
  participants: number;
  sections: WorkshopSection[];
  questions: WorkshopQuestion[];
  /** Question ids where participants disagree, most first: spread above zero, at least two degree answers. */
  discussion: string[];
  /** The group's answers: per question the median degree, per technology the furthest stage anyone named. */
  groupAnswers: Record<string, string>;
  /** Scores, national comparison and recommendations of the group's answers. */
  group: AssessmentResult;
}

/**
 * The median degree of some answers, from how many gave each degree. With an even number the tie goes to the worse
 * of the two middle answers (the higher degree of a barrier, the lower of a maturity item), so no problem is
 * averaged away.
 */
function medianDegree(
  counts: Record<Degree, number>,
  pointsOf: Record<Degree, number>,
  worseIsHigher: boolean,
): Degree | undefined {
  const answered = degrees.reduce((sum, d) => sum + counts[d], 0);
  if (answered === 0) return undefined;
  // The position of the median among the answers ordered by points, counted from 0.
  const middle = worseIsHigher ? Math.floor(answered / 2) : Math.ceil(answered / 2) - 1;
  const ascending = [...degrees].sort((a, b) => pointsOf[a] - pointsOf[b]);
  let below = 0;
  for (const degree of ascending) {
    below += counts[degree];
    if (below > middle) return (Object.keys(pointsOf) as Degree[]).find((d) => pointsOf[d] === pointsOf[degree]);
  }
  return undefined;
}

/**
 * Combines several participants' answers (a workshop, our design): each section's mean score and its spread
 * (standard deviation) across participants, each question's mean and spread in points, the questions with the
 * largest spread as discussion points, and the group's answers (median degree; furthest technology stage) with
 * their own scores and recommendations. Pure: the order of participants does not change the result.
 */
export function combine(bank: Bank, participants: readonly Answers[]): WorkshopResult {
  return combineScored(
    bank,
    participants.map((answers) => scoreParticipant(bank, answers)),
  );
}

/**
 * `combine` for participants scored already (scoreParticipant): the work per participant is then a byte per
 * question, so a thousand participants combine in a few milliseconds and adding one does not score the others again.
 */
export function combineScored(bank: Bank, scored: readonly ScoredAnswers[]): WorkshopResult {
  const pointsOf = bank.scoring.degreePoints;
  const participants = scored.map((p) => p.answers);

  const groupAnswers: Record<string, string> = {};
  // The organisation's type and size, where every participant gave the same: the group report's cover names them.
  for (const id of ['sector', 'size']) {
    const given = new Set(participants.map((a) => answerOf(a, id)));
    const [only] = given;
    if (given.size === 1 && only !== undefined) groupAnswers[id] = only;
  }
  for (const question of bank.sections.flatMap((s) => s.questions)) {
    if (question.type !== 'choice' || !question.id.startsWith('stage-')) continue;
    let furthest = -1;
    for (const answers of participants)
      furthest = Math.max(furthest, stages.indexOf(answerOf(answers, question.id) as (typeof stages)[number]));
    if (furthest >= 0) groupAnswers[question.id] = stages[furthest] ?? stages[0];
  }

  const questions: WorkshopQuestion[] = [];
  const at = codePositions(bank);
  for (const section of bank.sections) {
    for (const question of shownScaleQuestions(section, groupAnswers)) {
      const position = at.get(question.id) ?? -1;
      const counts = { high: 0, some: 0, low: 0, 'not-at-all': 0, 'dont-know': 0 };
      const points: number[] = [];
      for (const { codes } of scored) {
        const answer = scaleOptions[codes[position] ?? noAnswer];
        if (answer === undefined) continue;
        counts[answer] += 1;
        if (answer !== dontKnow) points.push(pointsOf[answer]);
      }
      const { mean, spread } = meanAndSpread(points);
      questions.push({ questionId: question.id, sectionId: section.id, mean, spread, counts });
      const median = medianDegree(counts, pointsOf, question.polarity !== 'maturity');
      if (median) groupAnswers[question.id] = median;
      else if (counts['dont-know'] > 0) groupAnswers[question.id] = 'dont-know';
    }
  }

  const discussion = questions
    .filter((q) => (q.spread ?? 0) > 0)
    .map((q, order) => ({ id: q.questionId, spread: q.spread ?? 0, order }))
    .sort((a, b) => b.spread - a.spread || a.order - b.order)
    .map((q) => q.id);

  const group = assess(bank, groupAnswers);
  // Each participant's scores in one pass, by section.
  const valuesOf = new Map<string, number[]>();
  for (const { scores } of scored)
    for (const score of scores) {
      if (score.value === null) continue;
      const values = valuesOf.get(score.sectionId);
      if (values) values.push(score.value);
      else valuesOf.set(score.sectionId, [score.value]);
    }
  const sections = bank.sections
    .filter((s) => s.kind !== 'profile')
    .map((section): WorkshopSection => {
      const values = valuesOf.get(section.id) ?? [];
      return {
        sectionId: section.id,
        kind: section.kind as ScoredKind,
        group: group.scores.find((s) => s.sectionId === section.id)?.value ?? null,
        ...meanAndSpread(values),
        scored: values.length,
        values: [...values].sort((a, b) => a - b),
      };
    });

  return {
    participants: participants.length,
    sections,
    questions,
    discussion,
    groupAnswers,
    group,
  };
}
