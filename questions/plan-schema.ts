import * as z from 'zod/mini';
import { actionStatuses, isCalendarDate, planLimits, type Plan } from './plan';

/** The zod schema of a PlanAction (plan.ts), for the answers file and its JSON Schema. */
const PlanAction = z.strictObject({
  title: z.string().check(z.maxLength(planLimits.title)),
  recommendation: z.optional(z.string()),
  areas: z.array(z.string()),
  responsible: z.optional(z.string().check(z.maxLength(planLimits.responsible))),
  deadline: z.optional(z.string().check(z.refine(isCalendarDate, 'a date as YYYY-MM-DD'))),
  status: z.enum(actionStatuses),
  reason: z.optional(z.string().check(z.maxLength(planLimits.reason))),
  note: z.optional(z.string().check(z.maxLength(planLimits.note))),
});

/** The plan in the answers file: actions by id. */
export const PlanSchema = z
  .record(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(80)), PlanAction)
  .check(z.refine((plan) => Object.keys(plan).length <= planLimits.actions, 'at most 100 actions'));

// The schema and the type say the same: a change to one that the other lacks fails the type check.
const same: [z.infer<typeof PlanSchema>, Plan] extends [Plan, z.infer<typeof PlanSchema>] ? true : false = true;
void same;
