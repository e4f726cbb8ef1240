import * as z from 'zod/mini';
import { answersFileSchema } from './answers';
import { PlanSchema } from './plan-schema';
import type { Bank } from './schema';

/**
 * The answers file as JSON Schema (draft 2020-12), generated from the zod schema the app and CLI validate with and
 * the plan's schema, whose format readPlan reads.
 */
export function answersJsonSchema(bank: Bank): string {
  const schema = z.toJSONSchema(z.extend(answersFileSchema(bank), { plan: z.optional(PlanSchema) }), {
    target: 'draft-2020-12',
  });
  return `${JSON.stringify(
    { ...schema, title: `Parat answers file (question bank version ${bank.version})` },
    null,
    2,
  )}\n`;
}
