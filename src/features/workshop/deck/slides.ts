import type { Bank } from '../../../../questions';
import { disputedQuestions, type DecidedWorkshop, type RoleComparison } from '../../../../scoring';

/**
 * One slide of the workshop's deck. `join`: the address participants open to answer; `overview`: every area's group
 * score; `question`: one disputed question in full, with its answers and decision; `more`: the disputed questions
 * beyond the deck's own, named together; `agreed`: the areas without a dispute, together; `roles`: where the roles'
 * groups see an area differently.
 */
export type Slide =
  | { kind: 'join' }
  | { kind: 'overview' }
  /** `rank` of `of` disputed questions; a question decided without a dispute has neither. */
  | { kind: 'question'; questionId: string; sectionId: string; rank?: number; of?: number }
  | { kind: 'more'; questionIds: string[] }
  | { kind: 'agreed'; sectionIds: string[] }
  | { kind: 'roles' };

/**
 * The disputed questions the deck takes one slide each: as many as a 90-minute workshop can discuss. The rest are
 * named together on one slide, and each is on the workshop page and in the report.
 */
export const deckQuestions = 12;

/**
 * The deck made for discussion (issue 28, point 3): the join slide, the overview, then the disputed questions most
 * disputed first (the first `deckQuestions` of them, the rest named on one slide), followed by any other question
 * the group recorded a decision on; the areas without any dispute on one slide; and the roles' differences where
 * there are roles to compare.
 */
export function deckSlides(bank: Bank, workshop: DecidedWorkshop, roles: RoleComparison): Slide[] {
  const all = disputedQuestions(bank, workshop);
  const disputed = all.slice(0, deckQuestions);
  const rest = all.slice(deckQuestions);
  const shown = new Set(disputed);
  const decided = workshop.questions
    .map((q) => q.questionId)
    .filter((id) => workshop.decisions[id] !== undefined && !shown.has(id));
  // A decided question beyond the deck's own has its slide among the decided ones, not in the list of the rest.
  const listed = rest.filter((id) => workshop.decisions[id] === undefined);
  const sectionOf = new Map(workshop.questions.map((q) => [q.questionId, q.sectionId]));
  const questions = [...disputed, ...decided].map((questionId, index): Slide => ({
    kind: 'question',
    questionId,
    sectionId: sectionOf.get(questionId) ?? '',
    ...(index < disputed.length ? { rank: index + 1, of: all.length } : {}),
  }));
  const discussed = new Set(all.map((id) => sectionOf.get(id)));
  const agreed = workshop.sections.filter((s) => s.scored > 0 && !discussed.has(s.sectionId)).map((s) => s.sectionId);
  return [
    { kind: 'join' },
    { kind: 'overview' },
    ...questions,
    ...(listed.length > 0 ? [{ kind: 'more' as const, questionIds: listed }] : []),
    ...(agreed.length > 0 ? [{ kind: 'agreed' as const, sectionIds: agreed }] : []),
    ...(roles.groups.length >= 2 ? [{ kind: 'roles' as const }] : []),
  ];
}

/** The slide the deck opens on: the overview, with the join slide one step back. */
export const openingSlide = 1;
