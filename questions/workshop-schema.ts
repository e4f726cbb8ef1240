import * as z from 'zod/mini';
import { answersFileSchema } from './answers';
import { decisionAnswers, maxDecisionNote } from './decisions';
import { isCalendarDate } from './plan';
import { PlanSchema } from './plan-schema';
import type { Bank } from './schema';
import { workshopFormat, workshopLimits, type WorkshopFile, type WorkshopParticipant } from './workshop-file';

/**
 * The workshop file as Parat writes it, for its JSON Schema and for tests that hold the writer to it. The app reads
 * files with readWorkshopFile, which is lenient where this is strict.
 */
export function workshopFileSchema(bank: Bank) {
  const scaled = bank.sections.flatMap((s) => s.questions.filter((q) => q.type === 'scale').map((q) => q.id));
  const decision = z.strictObject({
    answer: z.optional(z.enum(decisionAnswers)),
    note: z.optional(z.string().check(z.maxLength(maxDecisionNote))),
  });
  const participant = z.strictObject({
    key: z.string().check(z.minLength(1), z.maxLength(80)),
    name: z.string().check(z.maxLength(workshopLimits.name)),
    named: z.optional(z.boolean()),
    role: z.optional(z.string().check(z.maxLength(workshopLimits.role))),
    file: z.extend(answersFileSchema(bank), { plan: z.optional(PlanSchema) }),
  });
  return z.strictObject({
    format: z.literal(workshopFormat),
    version: z.literal(1),
    bankVersion: z.literal(bank.version),
    savedAt: z.optional(z.iso.datetime({ offset: true })),
    id: z.string().check(z.regex(/^[a-z0-9-]{0,80}$/)),
    name: z.string().check(z.maxLength(workshopLimits.name)),
    date: z.optional(z.string().check(z.refine(isCalendarDate, 'a date as YYYY-MM-DD'))),
    facilitator: z.optional(z.string().check(z.maxLength(workshopLimits.facilitator))),
    showNames: z.optional(z.boolean()),
    participants: z.array(participant).check(z.maxLength(workshopLimits.participants)),
    decisions: z.partialRecord(z.enum(scaled as [string, ...string[]]), decision),
    plan: PlanSchema,
  });
}

/** The workshop file as JSON Schema (draft 2020-12), generated from the zod schema above. */
export function workshopJsonSchema(bank: Bank): string {
  const schema = z.toJSONSchema(workshopFileSchema(bank), { target: 'draft-2020-12' });
  const title = `Parat workshop file (format version 1, question bank version ${bank.version})`;
  return `${JSON.stringify({ ...schema, title }, null, 2)}\n`;
}

// The schema and the type name the same fields: a field one has and the other lacks fails the type check.
type Written = z.infer<ReturnType<typeof workshopFileSchema>>;
const same: [keyof Written, keyof WorkshopFile] extends [keyof WorkshopFile, keyof Written] ? true : false = true;
void same;
type WrittenParticipant = Written['participants'][number];
const sameParticipant: [keyof WrittenParticipant, keyof WorkshopParticipant] extends [
  keyof WorkshopParticipant,
  keyof WrittenParticipant,
]
  ? true
  : false = true;
void sameParticipant;
