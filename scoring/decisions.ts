import { agreedAnswer, type Decisions } from '../questions/decisions';
import type { Bank } from '../questions/schema';
import { assess } from './assess';
import type { WorkshopResult } from './workshop';

/** A workshop's result once its decisions are applied: which group answers were agreed, and which stay disputed. */
export interface DecidedWorkshop extends WorkshopResult {
  decisions: Decisions;
  /** Questions whose group answer is the one the group agreed on; every other group answer is the median. */
  agreed: string[];
  /** Questions the group recorded as still in disagreement (»uenige«): the median stands for them. */
  disagreed: string[];
}

/**
 * The group's answers after the discussion (issue 28, point 4): the agreed answer where the group recorded one, the
 * median elsewhere (also where it recorded »uenige« or only a note). The group's scores, national comparison and
 * recommendations are those of these answers, so the shared plan builds on what the room agreed. A decision on a
 * question that is not a scale question of this bank changes nothing.
 */
export function decide(bank: Bank, workshop: WorkshopResult, decisions: Decisions): DecidedWorkshop {
  const scaled = new Set(bank.sections.flatMap((s) => s.questions.filter((q) => q.type === 'scale').map((q) => q.id)));
  const groupAnswers = { ...workshop.groupAnswers };
  const agreed: string[] = [];
  const disagreed: string[] = [];
  for (const [id, decision] of Object.entries(decisions)) {
    if (!scaled.has(id)) continue;
    const answer = agreedAnswer(decision);
    if (answer !== undefined) {
      groupAnswers[id] = answer;
      agreed.push(id);
    } else if (decision.answer === 'disagree') disagreed.push(id);
  }
  if (agreed.length === 0) return { ...workshop, decisions, agreed, disagreed };
  const group = assess(bank, groupAnswers);
  const sections = workshop.sections.map((section) => ({
    ...section,
    group: group.scores.find((s) => s.sectionId === section.sectionId)?.value ?? null,
  }));
  return { ...workshop, groupAnswers, group, sections, decisions, agreed, disagreed };
}
