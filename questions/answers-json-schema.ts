import * as z from 'zod/mini';
import { answersFileSchema } from './answers';
import { PlanSchema } from './plan-schema';
import { ApprovalSchema, evidenceSchema } from './record-schema';
import type { Bank } from './schema';

/**
 * The answers file as JSON Schema (draft 2020-12), generated from the zod schema the app and CLI validate with and
 * the schemas of the plan, the approval and the evidence, whose formats readPlan and readRecords read.
 */
export function answersJsonSchema(bank: Bank): string {
  const schema = z.toJSONSchema(
    z.extend(answersFileSchema(bank), {
      plan: z.optional(PlanSchema),
      approval: z.optional(ApprovalSchema),
      evidence: z.optional(evidenceSchema(bank)),
    }),
    { target: 'draft-2020-12' },
  );
  return `${JSON.stringify(
    { ...schema, title: `Parat answers file (question bank version ${bank.version})` },
    null,
    2,
  )}\n`;
}
