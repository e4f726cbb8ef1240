import * as z from 'zod/mini';
import type { Approval } from './approval';
import type { Evidence } from './evidence';
import { approvalLimits, evidenceLimits } from './record-limits';
import { isCalendarDate } from './plan';
import type { Bank } from './schema';

const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine(isCalendarDate, 'a date that exists'));
const text = (limit: number) => z.string().check(z.minLength(1), z.maxLength(limit));

/** The zod schema of an Approval (approval.ts), for the answers file and its JSON Schema. */
export const ApprovalSchema = z.strictObject({
  name: z.optional(text(approvalLimits.name)),
  role: z.optional(text(approvalLimits.role)),
  date: z.optional(date),
  reservations: z.optional(text(approvalLimits.reservations)),
  answersHash: z.optional(text(approvalLimits.answersHash)),
});

const EvidenceRefSchema = z.strictObject({
  ref: text(evidenceLimits.ref),
  date: z.optional(date),
  owner: z.optional(text(evidenceLimits.owner)),
});

/** The zod schema of the evidence (evidence.ts): per question id of the bank, at most 20 references. */
export function evidenceSchema(bank: Bank) {
  const ids = bank.sections.flatMap((s) => s.questions.map((q) => q.id)) as [string, ...string[]];
  return z.partialRecord(z.enum(ids), z.array(EvidenceRefSchema).check(z.maxLength(evidenceLimits.perQuestion)));
}

// The schemas and the types say the same: a change to one that the other lacks fails the type check.
type Same<A, B> = [A, B] extends [B, A] ? true : false;
const approvalSame: Same<z.infer<typeof ApprovalSchema>, Approval> = true;
const evidenceSame: Same<Evidence[string], z.infer<typeof EvidenceRefSchema>[]> = true;
void approvalSame;
void evidenceSame;
