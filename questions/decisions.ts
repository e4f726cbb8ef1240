import { scaleOptions, type ScaleAnswer } from './scales';

/** What a workshop decided on a question: an answer the group agreed on, or that it stays in disagreement. */
export const decisionAnswers = [...scaleOptions, 'disagree'] as const;
export type DecisionAnswer = ScaleAnswer | 'disagree';

/**
 * A decision recorded in a workshop on one question, from the deck or the page: the agreed answer (which then stands
 * for the group instead of the median), or »uenige«, and a note of why. A note alone records the talk without an
 * outcome; the median then stands.
 */
export interface Decision {
  answer?: DecisionAnswer;
  note?: string;
}

/** Decisions by question id. */
export type Decisions = Record<string, Decision>;

/** Longest note on a decision, in characters: a paragraph or two from the meeting. */
export const maxDecisionNote = 2000;

export const isDecisionAnswer = (value: unknown): value is DecisionAnswer =>
  (decisionAnswers as readonly unknown[]).includes(value);

/** The answer that stands for the group: the agreed one, or none where the group disagrees or only noted. */
export const agreedAnswer = (decision: Decision | undefined): ScaleAnswer | undefined =>
  decision?.answer === undefined || decision.answer === 'disagree' ? undefined : decision.answer;
