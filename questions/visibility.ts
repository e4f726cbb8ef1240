import type { Bank, Question } from './schema';

/** Answers keyed by question id; values are option ids (or text for text questions). */
export type Answers = Readonly<Record<string, string>>;

/** A question is shown when it has no condition, or the question it depends on has one of the listed options. */
export function isShown(question: Question, answers: Answers): boolean {
  if (!question.showIf) return true;
  const answer = answerOf(answers, question.showIf.question);
  return answer !== undefined && question.showIf.anyOf.includes(answer);
}

/** The answer to a question, read only from the object's own keys. */
export function answerOf(answers: Answers, questionId: string): string | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/** The sections with their shown questions, in questionnaire order; a section with none shown is left out. */
export function shownSections(bank: Bank, answers: Answers) {
  return bank.sections
    .map((section) => ({ ...section, questions: section.questions.filter((q) => isShown(q, answers)) }))
    .filter((section) => section.questions.length > 0);
}
