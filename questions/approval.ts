import { approvalLimits } from './record-limits';
import { isObject, readFields, type RecordNotice } from './record-text';

export { approvalLimits };

/**
 * Who approved the assessment and its plan on management's behalf, when, and with what reservations. Each field is
 * entered, saved and merged between tabs on its own, so any may be missing while the approval is being written.
 * `answersHash` is the hash of the answers (answersHash below) when the approval was last entered: a later change to
 * an answer shows the approval as given before it. Its zod schema is in record-schema.ts; this module has no zod.
 */
export interface Approval {
  name?: string;
  role?: string;
  /** YYYY-MM-DD, a date that exists. */
  date?: string;
  reservations?: string;
  answersHash?: string;
}

export const approvalFields = ['name', 'role', 'date', 'reservations', 'answersHash'] as const;
export type ApprovalField = (typeof approvalFields)[number];

const rules = {
  name: { limit: approvalLimits.name },
  role: { limit: approvalLimits.role },
  date: 'date',
  reservations: { limit: approvalLimits.reservations, lines: true },
  answersHash: { limit: approvalLimits.answersHash },
} as const;

/**
 * Reads an approval from a file as written by hand or by another Parat, keeping what can be read and naming each
 * change. An approval that is no object is left out with a notice: the file, and its answers, are still read.
 */
export function readApproval(raw: unknown): { approval?: Approval; notices: RecordNotice[] } {
  if (!isObject(raw)) return { notices: [{ code: 'unreadable', part: 'approval' }] };
  const notices: RecordNotice[] = [];
  const approval: Approval = readFields(raw, rules, (notice) => notices.push(notice as RecordNotice));
  return Object.keys(approval).length > 0 ? { approval, notices } : { notices };
}
