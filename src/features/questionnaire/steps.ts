import type { TFunction } from 'i18next';
import { bank, isShown, shownSections, type Answers, type Question, type Section } from '../../../questions';

/**
 * One page of the questionnaire. Most sections are one page; the two long maturity sections are two, split where
 * the report's survey items end and its action points begin. The first page keeps the section's id, so routes saved
 * before the split still open it; a later page is named after the group it starts with.
 */
export interface Step {
  id: string;
  section: Section;
  /** The group a later page starts with; its title heads the page. */
  group?: string;
  questions: Question[];
}

/** The groups that start a page of their own (ux review 9: 14 questions on one page were 6.5 screens). */
const pageStarts: Readonly<Record<string, readonly string[]>> = {
  cybersecurity: ['nis2-actions'],
  sustainability: ['esg-framework'],
};

const groupOf = (question: Question) => (question.type === 'scale' ? question.group : undefined);

export function sectionSteps(section: Section): Step[] {
  const starts = pageStarts[section.id] ?? [];
  const steps: Step[] = [{ id: section.id, section, questions: [] }];
  for (const question of section.questions) {
    const group = groupOf(question);
    if (group && starts.includes(group) && steps.every((s) => s.group !== group))
      steps.push({ id: group, section, group, questions: [] });
    steps[steps.length - 1]?.questions.push(question);
  }
  return steps;
}

/** A page's title: its section's, or for a later page of a long section, its group's. */
export const stepTitle = (t: TFunction, step: Step) =>
  step.group ? t(`bank:groups.${step.group}`) : t(`bank:sections.${step.section.id}.title`);

/** The pages this organisation is asked, in order: technology steps appear only for active technologies. */
export const questionnaireSteps = (answers: Answers): Step[] => shownSections(bank, answers).flatMap(sectionSteps);

/** The page a question is asked on (for "Ret" links), among the steps given. */
export const stepOf = (steps: readonly Step[], questionId: string) =>
  steps.find((s) => s.questions.some((q) => q.id === questionId));

/** Scale and choice questions need an answer ("Ved ikke" counts); the name is optional. */
export const needsAnswer = (question: Question) => question.type !== 'text';

export const isComplete = (step: Step, answers: Answers) =>
  step.questions.filter((q) => needsAnswer(q) && isShown(q, answers)).every((q) => answers[q.id] !== undefined);
