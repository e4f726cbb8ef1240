import { evidenceLimits } from './record-limits';
import { isObject, quoted, readFields, type RecordNotice, type Without } from './record-text';

export { evidenceLimits };

/**
 * What shows that an answer holds: a link, a journal number or a document's title, with the document's date and who
 * keeps it. Never the document itself, and nothing is ever fetched from a link. Its zod schema is in record-schema.ts.
 */
export interface EvidenceRef {
  ref: string;
  /** YYYY-MM-DD, a date that exists. */
  date?: string;
  owner?: string;
}

/** The evidence in the answers file: references by question id. */
export type Evidence = Record<string, EvidenceRef[]>;

/** Schemes a browser would run or open locally: such a reference is kept as text and said to be one. */
const unsafeScheme = /^\s*(javascript|vbscript|data|file|blob):/i;

const rules = { ref: { limit: evidenceLimits.ref }, date: 'date', owner: { limit: evidenceLimits.owner } } as const;

function readRef(raw: unknown, notice: (notice: Without<RecordNotice, 'question'>) => void): EvidenceRef | undefined {
  // A bare text is a reference written the short way.
  const item = typeof raw === 'string' ? { ref: raw } : raw;
  if (!isObject(item)) {
    notice({ code: 'wrong-type', field: 'ref' });
    return undefined;
  }
  const { ref, ...rest } = readFields(item, rules, notice);
  if (ref === undefined) {
    notice({ code: 'empty-reference' });
    return undefined;
  }
  const scheme = unsafeScheme.exec(ref)?.[1];
  if (scheme) notice({ code: 'unsafe-link', scheme: scheme.toLowerCase() });
  return { ref, ...rest };
}

/**
 * Reads the evidence from a file as written by hand or by another Parat: per known question a list of at most
 * `perQuestion` references, each change named. Evidence that is no object is left out with a notice, and the file,
 * with its answers, is still read.
 */
export function readEvidence(
  raw: unknown,
  questionIds: ReadonlySet<string>,
): { evidence?: Evidence; notices: RecordNotice[] } {
  if (!isObject(raw)) return { notices: [{ code: 'unreadable', part: 'evidence' }] };
  const notices: RecordNotice[] = [];
  const evidence: Evidence = {};
  for (const [question, value] of Object.entries(raw)) {
    if (!questionIds.has(question)) {
      notices.push({ code: 'unknown-question', question: quoted(question) });
      continue;
    }
    const notice = (n: Without<RecordNotice, 'question'>) => notices.push({ ...n, question } as RecordNotice);
    // One reference given on its own, not in a list, is read as a list of one.
    const items = Array.isArray(value) ? value : [value];
    if (!Array.isArray(value)) notice({ code: 'wrong-type', field: 'list' });
    if (items.length > evidenceLimits.perQuestion) {
      notice({ code: 'too-many', dropped: items.length - evidenceLimits.perQuestion });
    }
    const refs = items
      .slice(0, evidenceLimits.perQuestion)
      .map((item) => readRef(item, notice))
      .filter((ref): ref is EvidenceRef => ref !== undefined);
    if (refs.length > 0) evidence[question] = refs;
  }
  return Object.keys(evidence).length > 0 ? { evidence, notices } : { notices };
}
