import type { Approval } from './approval';
import { fnv1a } from './hash';
import type { Question } from './schema';
import { organisationFacts } from './sections/profile';

// Apart from the readers in approval.ts and evidence.ts, which every start loads to read the saved work: these load
// with the pages that show the approval and the evidence.

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

/** The answers' hash, independent of the order of their keys: equal answers give equal hashes. */
export const answersHash = (answers: Readonly<Record<string, string>>) =>
  fnv1a(JSON.stringify(Object.entries(answers).sort(([a], [b]) => (a < b ? -1 : 1))));

/**
 * Where the approval stands against the answers: `none` while nobody is named; `stale` when the answers changed
 * after it was entered; else `given`. An approval written by hand without the hash cannot tell, and counts as given.
 */
export function approvalStatus(
  approval: Readonly<Approval> | undefined,
  answers: Readonly<Record<string, string>>,
): 'none' | 'given' | 'stale' {
  if (!approval?.name) return 'none';
  return approval.answersHash !== undefined && approval.answersHash !== answersHash(answers) ? 'stale' : 'given';
}
