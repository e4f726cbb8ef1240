import type { AnswersFile } from '../questions/answers';

/** One assessment among several set side by side: the file as read, what names it, and the bank it was made with. */
export interface Assessment {
  /** What the user knows the file by (its file name, or the date it was saved in this browser). */
  label: string;
  file: AnswersFile;
  /** The bank version the file was made with, before reading brought it up to this one. */
  madeWith: number;
}

/** A group of files that name one organisation (or one unit), as the first of them writes it. */
export interface NamedGroup {
  name: string;
  labels: string[];
}

/** A file whose content repeats an earlier file's: named, and not counted twice. */
export interface Repeat {
  label: string;
  sameAs: string;
}

/**
 * A name as files are matched on: spaces trimmed and collapsed, letter case ignored, so "Midtby kommune " and
 * "Midtby Kommune" are one organisation. An empty name is a name too: files that give none belong together.
 */
export const nameKey = (text: string | undefined) => (text ?? '').trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

/**
 * The files grouped by a name made of parts (the organisation, and for a trend its unit), in the order the names
 * first appear; more than one group means they differ. The name is the parts given, joined as a title joins them;
 * each file in it is named by `labelOf`.
 */
export function groupByName(
  assessments: readonly Assessment[],
  partsOf: (a: Assessment) => string[],
  labelOf: (a: Assessment) => string = (a) => a.label,
): NamedGroup[] {
  const groups = new Map<string, NamedGroup>();
  for (const assessment of assessments) {
    const parts = partsOf(assessment).map((part) => part.trim().replace(/\s+/g, ' '));
    const key = parts.map(nameKey).join('\u0000');
    const name = parts.filter(Boolean).join(' – ');
    const group = groups.get(key) ?? { name, labels: [] };
    group.labels.push(labelOf(assessment));
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** JSON with every object's keys in order, so two files with the same content give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What makes two answers files one assessment: the time saved, answers, notes, targets and plan, whatever the order
 * of their keys. Two files with the same key are the same assessment, however they are named.
 */
export function repeatKey(file: AnswersFile): string {
  const { savedAt, answers, notes, targets, plan } = file;
  return canonical({ savedAt, answers, notes, targets, plan });
}

/**
 * Leaves out each file whose content (time saved, answers, notes, targets and plan) repeats an earlier file's, and
 * names it with the file it repeats: the same file given twice, or saved again under another name, is one
 * assessment.
 */
export function withoutRepeats(assessments: readonly Assessment[]): { kept: Assessment[]; repeats: Repeat[] } {
  // The time saved is part of the content, so only files saved at the same moment need their whole content compared:
  // a year's assessments are each written out once, not ten times.
  const moments = new Map<string | undefined, number>();
  for (const { file } of assessments) moments.set(file.savedAt, (moments.get(file.savedAt) ?? 0) + 1);
  const seen = new Map<string, string>();
  const kept: Assessment[] = [];
  const repeats: Repeat[] = [];
  for (const assessment of assessments) {
    const { savedAt } = assessment.file;
    const key = (moments.get(savedAt) ?? 0) > 1 ? repeatKey(assessment.file) : `saved ${String(savedAt)}`;
    const first = seen.get(key);
    if (first !== undefined) repeats.push({ label: assessment.label, sameAs: first });
    else {
      seen.set(key, assessment.label);
      kept.push(assessment);
    }
  }
  return { kept, repeats };
}
