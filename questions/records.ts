import { readApproval, type Approval } from './approval';
import { readEvidence, type Evidence } from './evidence';
import type { RecordNotice } from './record-text';
import type { Bank } from './schema';

/**
 * Reads the approval and the evidence of an answers file, each as far as it can be read, with a notice for each
 * change. Neither can cause the file to be refused: a file whose approval cannot be read keeps its answers.
 */
export function readRecords(
  raw: { approval?: unknown; evidence?: unknown },
  bank: Bank,
): { fields: { approval?: Approval; evidence?: Evidence }; notices: RecordNotice[] } {
  const approval = raw.approval === undefined ? { notices: [] } : readApproval(raw.approval);
  const ids = new Set(bank.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const evidence = raw.evidence === undefined ? { notices: [] } : readEvidence(raw.evidence, ids);
  return {
    fields: {
      ...('approval' in approval && approval.approval ? { approval: approval.approval } : {}),
      ...('evidence' in evidence && evidence.evidence ? { evidence: evidence.evidence } : {}),
    },
    notices: [...approval.notices, ...evidence.notices],
  };
}
