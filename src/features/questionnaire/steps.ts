import { bank, isShown, shownSections, type Answers, type Question, type Section } from '../../../questions';

/** The sections this organisation is asked, in order: technology steps appear only for active technologies. */
export const questionnaireSections = (answers: Answers): Section[] => shownSections(bank, answers);

/** Scale and choice questions need an answer ("Ved ikke" counts); the name is optional. */
export const needsAnswer = (question: Question) => question.type !== 'text';

export const isComplete = (section: Section, answers: Answers) =>
  section.questions.filter((q) => needsAnswer(q) && isShown(q, answers)).every((q) => answers[q.id] !== undefined);

export const sectionById = (id: string) => bank.sections.find((s) => s.id === id);
