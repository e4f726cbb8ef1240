import { isDegree } from '../questions/scales';
import type { Bank } from '../questions/schema';
import { answerOf } from '../questions/visibility';
import { assess } from './assess';
import { badness } from './badness';
import { shownScaleQuestions } from './score';
import type { Answers, ScoredKind } from './types';

export type Direction = 'better' | 'worse' | 'same';

export interface SectionChange {
  sectionId: string;
  kind: ScoredKind;
  before: number | null;
  after: number | null;
  /** after − before, in score points; null when either has no score. */
  change: number | null;
  /** Lower barrier pressure and higher maturity are better. */
  direction: Direction | null;
}

export interface QuestionChange {
  questionId: string;
  sectionId: string;
  before?: string;
  after?: string;
  direction: Direction;
}

/**
 * What changed between an earlier assessment and the current one (a re-assessment): every score, and every
 * question whose degree answer moved, better or worse by the question's polarity. Questions answered only once,
 * or "Ved ikke" in either, are not compared.
 */
export function compareAssessments(bank: Bank, before: Answers, after: Answers) {
  const earlier = assess(bank, before).scores;
  const sections: SectionChange[] = assess(bank, after).scores.map((now) => {
    const then = earlier.find((s) => s.sectionId === now.sectionId)?.value ?? null;
    const change = then === null || now.value === null ? null : now.value - then;
    const improves = (delta: number) => (now.kind === 'maturity-area' ? delta > 0 : delta < 0);
    const direction = change === null ? null : Math.abs(change) < 1e-9 ? 'same' : improves(change) ? 'better' : 'worse';
    return { sectionId: now.sectionId, kind: now.kind, before: then, after: now.value, change, direction };
  });

  const questions: QuestionChange[] = bank.sections.flatMap((section) =>
    shownScaleQuestions(section, after).flatMap((question) => {
      const then = answerOf(before, question.id);
      const now = answerOf(after, question.id);
      if (then === undefined || now === undefined || !isDegree(then) || !isDegree(now) || then === now) return [];
      const delta = badness(question, now, bank.scoring) - badness(question, then, bank.scoring);
      return [
        {
          questionId: question.id,
          sectionId: section.id,
          before: then,
          after: now,
          direction: delta < 0 ? 'better' : 'worse',
        },
      ];
    }),
  );
  return { sections, questions };
}

export type Comparison = ReturnType<typeof compareAssessments>;
