import { degrees } from '../questions/scales';
import type { Bank } from '../questions/schema';
import type { WorkshopQuestion, WorkshopResult } from './workshop';

/**
 * Answers this many points apart (0 = slet ikke … 3 = i høj grad) are a dispute worth the room's time: »i høj grad«
 * against »i lav grad«. Neighbouring answers (»i høj grad« and »i nogen grad«) are not.
 */
export const disputeRange = 2;

/** How far apart the answers to one question lie, in points; 0 when fewer than two answered with a degree. */
export function answerRange(bank: Bank, question: WorkshopQuestion): number {
  const given = degrees.filter((d) => question.counts[d] > 0).map((d) => bank.scoring.degreePoints[d]);
  return given.length < 2 ? 0 : Math.max(...given) - Math.min(...given);
}

/**
 * The questions the deck puts before the room (issue 28, point 3): those whose answers lie `disputeRange` points or
 * more apart, most disputed first (the largest spread, as `discussion` orders them).
 */
export function disputedQuestions(bank: Bank, workshop: WorkshopResult): string[] {
  const byId = new Map(workshop.questions.map((q) => [q.questionId, q]));
  return workshop.discussion.filter((id) => {
    const question = byId.get(id);
    return question !== undefined && answerRange(bank, question) >= disputeRange;
  });
}
