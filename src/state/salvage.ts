import { answersFormat, isRecord, readAnswersFile, type AnswersFile } from '../../questions/answers';
import type { Bank } from '../../questions/schema';
import { entriesOf, savedFields } from './merge';

/** The answers that could be read from damaged saved data, as a file the import accepts. */
export interface Salvage {
  file: AnswersFile;
  /** How many answers, notes, targets and actions it holds. */
  entries: number;
  /** False when some entries could not be read and were left out (they are still in the raw data). */
  complete: boolean;
}

const read = (file: unknown, bank: Bank) => {
  try {
    return readAnswersFile(JSON.stringify(file), bank);
  } catch {
    return undefined;
  }
};

/**
 * Finds the answers in what may be an answers file: the whole file when it reads, otherwise every answer, note,
 * target and action that reads on its own (each checked, and brought up from an older bank version, like an imported file).
 * Undefined when nothing can be read, or the answers are from a newer bank whose meaning this version cannot know.
 */
export function salvageAnswers(candidate: unknown, bank: Bank): Salvage | undefined {
  if (!isRecord(candidate) || !isRecord(candidate.answers)) return undefined;
  const count = (file: AnswersFile) =>
    savedFields.reduce((sum, field) => sum + Object.keys(entriesOf(file, field)).length, 0);
  const whole = read(candidate, bank);
  if (whole?.ok) return { file: whole.file, entries: count(whole.file), complete: true };

  const version = candidate.bankVersion ?? bank.version;
  if (typeof version !== 'number' || version > bank.version) return undefined;
  const file: AnswersFile = {
    format: answersFormat,
    bankVersion: bank.version,
    answers: {},
    notes: {},
    targets: {},
    plan: {},
    approval: {},
    evidence: {},
  };
  let total = 0;
  for (const field of savedFields) {
    const entries = candidate[field];
    if (!isRecord(entries)) continue;
    for (const [id, value] of Object.entries(entries)) {
      total += 1;
      const reading = read(
        { format: answersFormat, bankVersion: version, answers: {}, [field]: { [id]: value } },
        bank,
      );
      const kept = reading?.ok ? entriesOf(reading.file, field)[id] : undefined;
      if (kept !== undefined) (file[field] as Record<string, unknown>)[id] = kept;
    }
  }
  const entries = count(file);
  return entries === 0 ? undefined : { file, entries, complete: entries === total };
}
