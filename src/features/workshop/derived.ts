import { bank } from '../../../questions';
import type { AnswersFile } from '../../../questions/answers';
import { combineScored, scoreParticipant, type ScoredAnswers, type WorkshopResult } from '../../../scoring';
import { fingerprint, rememberFingerprint } from './participants';

/**
 * What the page keeps beside a participant's answers, worked out once where the file is read (in the intake's
 * worker for many): how to recognise it again, and what combining needs of it.
 */
export interface Derived {
  fingerprint: string;
  scored: Omit<ScoredAnswers, 'answers'>;
}

export function derive(file: AnswersFile): Derived {
  const { scores, codes } = scoreParticipant(bank, file.answers);
  return { fingerprint: fingerprint(file), scored: { scores, codes } };
}

const scored = new WeakMap<AnswersFile, ScoredAnswers>();

/** Keeps what was worked out for a file, so that nothing is worked out twice on the page. */
export function remember(file: AnswersFile, derived: Derived) {
  rememberFingerprint(file, derived.fingerprint);
  scored.set(file, { answers: file.answers, ...derived.scored });
}

function scoredOf(file: AnswersFile) {
  const known = scored.get(file);
  if (known) return known;
  const made = scoreParticipant(bank, file.answers);
  scored.set(file, made);
  return made;
}

/** The participants' combined result, scoring only those not scored before. */
export const combineFiles = (files: readonly AnswersFile[]): WorkshopResult => combineScored(bank, files.map(scoredOf));
