import type { AnswersFile } from '../questions/answers';
import { scaleOptions } from '../questions/scales';
import type { Bank, ScaleQuestion } from '../questions/schema';
import { sectors, type Sector } from '../questions/sectors';
import { answerOf } from '../questions/visibility';
import { nameKey } from './collection';
import { scoreSections, shownScaleQuestions } from './score';

/**
 * What a peer pack needs of one organisation's file, and nothing more: who it is (to count each once, never
 * written), when (to the month), its sector and size, its area scores and its answers to the questions it was shown.
 * Made as each file is read, so ten thousand files need not be held at once.
 */
export interface PeerRecord {
  label: string;
  organisation: string;
  savedAt?: string;
  sector?: Sector;
  size?: string;
  /** Each scored section's score, in bank order; null where it has none. */
  scores: (number | null)[];
  /** Each scale question's answer, in bank order: its place in the scale counted from 1, or 0 for none. */
  answers: Uint8Array;
}

const scaleQuestionsCache = new WeakMap<Bank, ScaleQuestion[]>();

/** The bank's scale questions in order: the columns of a record's answers. */
export function scaleQuestionsOf(bank: Bank): ScaleQuestion[] {
  let questions = scaleQuestionsCache.get(bank);
  if (!questions) {
    questions = bank.sections.flatMap((s) => s.questions.filter((q): q is ScaleQuestion => q.type === 'scale'));
    scaleQuestionsCache.set(bank, questions);
  }
  return questions;
}

/** The record of one file, read against this bank; the file's name is kept only to name it in the maker's messages. */
export function peerRecord(bank: Bank, label: string, file: AnswersFile): PeerRecord {
  const { answers } = file;
  const shown = new Set(
    bank.sections.filter((s) => s.kind !== 'profile').flatMap((s) => shownScaleQuestions(s, answers).map((q) => q.id)),
  );
  const sector = sectors.find((s) => s === answerOf(answers, 'sector'));
  const size = answerOf(answers, 'size');
  return {
    label,
    organisation: nameKey(answers['organisation-name']),
    ...(file.savedAt ? { savedAt: file.savedAt } : {}),
    ...(sector ? { sector } : {}),
    ...(size ? { size } : {}),
    scores: scoreSections(bank, answers).map((s) => s.value),
    answers: Uint8Array.from(scaleQuestionsOf(bank), (q) =>
      shown.has(q.id) ? (scaleOptions as readonly string[]).indexOf(answerOf(answers, q.id) ?? '') + 1 : 0,
    ),
  };
}
