import { readDate } from './plan';
import type { Bank, Question } from './schema';
import { organisationFacts } from './sections/profile';
import { answerOf, isShown, type Answers } from './visibility';
import { isObject, quoted, readText, type RecordNotice, type Without } from './record-text';

/** Limits that keep hand-edited or hostile evidence from swamping the page, the PDF or the Word document. */
export const evidenceLimits = { perQuestion: 20, ref: 500, owner: 200 } as const;

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

const refFields = ['ref', 'date', 'owner'];

/** Schemes a browser would run or open locally: such a reference is kept as text and said to be one. */
const unsafeScheme = /^\s*(javascript|vbscript|data|file|blob):/i;

/**
 * The address a reference may be shown as a link to: only an http: or https: URL, whole, without spaces. Anything
 * else (a journal number, a title, a javascript: text) is shown as text.
 */
export function linkOf(ref: string): string | undefined {
  if (!/^https?:\/\/\S+$/i.test(ref)) return undefined;
  try {
    const url = new URL(ref);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a question takes a note and evidence: every one but the facts about the organisation (its name, who
 * answered, sector and size), which nobody documents.
 */
export const takesEvidence = (question: Question) => !(organisationFacts as readonly string[]).includes(question.id);

/**
 * How many of the answers are documented: of the shown, answered questions that can carry evidence, those with at
 * least one reference. "12 af 87 svar er dokumenteret".
 */
export function documentedCount(
  bank: Bank,
  answers: Readonly<Answers>,
  evidence: Readonly<Evidence> | undefined,
): { documented: number; answered: number } {
  const answered = bank.sections
    .flatMap((s) => s.questions)
    .filter((q) => takesEvidence(q) && answerOf(answers, q.id) !== undefined && isShown(q, answers));
  return {
    documented: answered.filter((q) => (evidence?.[q.id]?.length ?? 0) > 0).length,
    answered: answered.length,
  };
}

function readRef(raw: unknown, notice: (notice: Without<RecordNotice, 'question'>) => void): EvidenceRef | undefined {
  // A bare text is a reference written the short way.
  const item = typeof raw === 'string' ? { ref: raw } : raw;
  if (!isObject(item)) {
    notice({ code: 'wrong-type', field: 'ref' });
    return undefined;
  }
  const ref = readText(item.ref, 'ref', evidenceLimits.ref, notice);
  if (ref === undefined) {
    notice({ code: 'empty-reference' });
    return undefined;
  }
  const scheme = unsafeScheme.exec(ref)?.[1];
  if (scheme) notice({ code: 'unsafe-link', scheme: scheme.toLowerCase() });
  const reference: EvidenceRef = { ref };
  const dateText = readText(item.date, 'date', 40, notice);
  if (dateText !== undefined) {
    const date = readDate(dateText);
    if (date !== undefined) reference.date = date;
    else notice({ code: 'odd-date', date: quoted(dateText) });
  }
  const owner = readText(item.owner, 'owner', evidenceLimits.owner, notice);
  if (owner !== undefined) reference.owner = owner;
  for (const field of Object.keys(item)) {
    if (!refFields.includes(field)) notice({ code: 'unknown-field', field: quoted(field) });
  }
  return reference;
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
