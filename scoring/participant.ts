import { scaleOptions } from '../questions/scales';
import type { Bank } from '../questions/schema';
import { answerOf } from '../questions/visibility';
import { scoreSections } from './score';
import type { Answers, SectionScore } from './types';

/**
 * A workshop participant as combining needs them, worked out once (for many, in the intake's worker): their
 * answers, their section scores (scoreSections), and their answer to each scale question as a code: the position
 * of the answer in scaleOptions (the four degrees, then "ved ikke"), or `noAnswer`.
 */
export interface ScoredAnswers {
  answers: Answers;
  scores: readonly SectionScore[];
  codes: Uint8Array;
}

/** The code of a scale question left unanswered (or answered with something that is no scale option). */
export const noAnswer = scaleOptions.length;

const positions = new WeakMap<Bank, Map<string, number>>();

/** Each scale question's place among a participant's codes: the bank's scale questions in questionnaire order. */
export function codePositions(bank: Bank): Map<string, number> {
  const known = positions.get(bank);
  if (known) return known;
  const ids = bank.sections.flatMap((s) => s.questions.filter((q) => q.type === 'scale').map((q) => q.id));
  const made = new Map(ids.map((id, i) => [id, i]));
  positions.set(bank, made);
  return made;
}

/**
 * A participant's scores and answer codes. Combining a thousand participants then reads a byte per answer instead
 * of looking each answer up by its id in a thousand differently shaped objects.
 */
export function scoreParticipant(bank: Bank, answers: Answers): ScoredAnswers {
  const at = codePositions(bank);
  const codes = new Uint8Array(at.size).fill(noAnswer);
  for (const [id, position] of at) {
    const code = (scaleOptions as readonly (string | undefined)[]).indexOf(answerOf(answers, id));
    if (code >= 0) codes[position] = code;
  }
  return { answers, scores: scoreSections(bank, answers), codes };
}
