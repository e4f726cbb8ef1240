import { degrees } from '../questions/scales';
import type { Bank } from '../questions/schema';
import type { WorkshopQuestion, WorkshopResult } from './workshop';

/**
 * Answers this many points apart (0 = slet ikke … 3 = i høj grad) are a dispute worth the room's time: »i høj grad«
 * against »i lav grad«. Neighbouring answers (»i høj grad« and »i nogen grad«) are not.
 */
export const disputeRange = 2;

/**
 * How far apart, in points, the lowest quarter of the degree answers to one question lies from the highest quarter;
 * 0 when fewer than two answered with a degree. Quarters, not the two extremes: in a room of ten, one person two
 * steps from the rest is common and is no split, and with the extremes nearly every question counted as disputed.
 * A quarter is rounded towards the ends, so of two or three participants, one dissenting voice is a quarter.
 */
export function answerRange(bank: Bank, question: WorkshopQuestion): number {
  const byPoints = degrees
    .map((d) => ({ points: bank.scoring.degreePoints[d], count: question.counts[d] }))
    .sort((a, b) => a.points - b.points);
  const last = byPoints.reduce((sum, d) => sum + d.count, 0) - 1;
  if (last < 1) return 0;
  // The answer at a place in the sorted answers, found from the counts: a thousand participants make no list.
  const at = (place: number) => {
    let seen = 0;
    return byPoints.find((d) => (seen += d.count) > place)?.points ?? 0;
  };
  return at(Math.ceil((last * 3) / 4)) - at(Math.floor(last / 4));
}

/**
 * The questions the deck puts before the room (issue 28, point 3): those where a quarter of the answers or more lie
 * `disputeRange` points or more from another quarter, most disputed first (the largest spread, as `discussion`
 * orders them).
 */
export function disputedQuestions(bank: Bank, workshop: WorkshopResult): string[] {
  const byId = new Map(workshop.questions.map((q) => [q.questionId, q]));
  return workshop.discussion.filter((id) => {
    const question = byId.get(id);
    return question !== undefined && answerRange(bank, question) >= disputeRange;
  });
}
