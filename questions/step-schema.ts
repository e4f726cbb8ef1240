import * as z from 'zod/mini';
import { maxNoteLength } from './answers';
import { scaleOptions } from './scales';
import type { Question } from './schema';

/** Message codes of a step's validation; the UI words them per question. */
export const stepErrors = { required: 'required', tooLong: 'too-long' } as const;

const answerSchema = (question: Question) => {
  switch (question.type) {
    case 'scale':
      return z.enum(scaleOptions, { error: stepErrors.required });
    case 'choice':
      return z.enum(question.options as [string, ...string[]], { error: stepErrors.required });
    case 'text':
      // The name is optional: an empty field is simply no answer.
      return z.optional(z.string().check(z.maxLength(question.maxLength, stepErrors.tooLong)));
  }
};

/**
 * What one step of the questionnaire must hold before the user goes on: an answer to every shown scale and
 * choice question ("Ved ikke" counts), and notes within their length.
 */
export function stepSchema(questions: readonly Question[]) {
  return z.object({
    answers: z.object(Object.fromEntries(questions.map((q) => [q.id, answerSchema(q)]))),
    notes: z.object(
      Object.fromEntries(
        questions.map((q) => [q.id, z.optional(z.string().check(z.maxLength(maxNoteLength, stepErrors.tooLong)))]),
      ),
    ),
  });
}
