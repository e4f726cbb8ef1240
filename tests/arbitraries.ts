import fc from 'fast-check';
import { bank, scaleOptions, type Question } from '../questions';

export const allQuestions: Question[] = bank.sections.flatMap((s) => s.questions);

const valueFor = (question: Question): fc.Arbitrary<string> =>
  question.type === 'scale'
    ? fc.constantFrom(...scaleOptions)
    : question.type === 'choice'
      ? fc.constantFrom(...question.options)
      : fc.string({ maxLength: question.maxLength });

/** Any valid set of answers: each question answered or not, with any of its options. */
export const answersArbitrary = fc.record(Object.fromEntries(allQuestions.map((q) => [q.id, valueFor(q)])), {
  requiredKeys: [],
}) as fc.Arbitrary<Record<string, string>>;
