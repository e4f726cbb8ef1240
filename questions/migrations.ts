/**
 * How an answers file from an older bank version is brought up to the current one. When `bankVersion` is raised,
 * add the step from the old version here, say in CHANGELOG.md which ids it touches, and add a file saved by the
 * old version to the tests, so the step is tested for as long as the app reads such files.
 *
 * Version 1 is the first published bank, so there is no step yet.
 */

/**
 * An answers file as parsed JSON, before it is checked against the current bank: only its shape is known, so a
 * step can rename and drop entries without guarding against a hand-edited file.
 */
export interface RawAnswersFile {
  [field: string]: unknown;
  answers: Record<string, unknown>;
  notes?: Record<string, unknown>;
  targets?: Record<string, unknown>;
}

/** One step: reads a file of version `from` and returns it as a file of version `from + 1`. */
export interface Migration {
  from: number;
  /** What changed, in a sentence, for whoever maintains the bank (users read CHANGELOG.md). */
  changes: string;
  migrate: (file: RawAnswersFile) => RawAnswersFile;
}

export const migrations: readonly Migration[] = [];

/**
 * Brings a file of version `from` up to `to` one step at a time, or says it cannot: a gap in the steps, or a step
 * that fails on a hand-edited file. The result is checked against the current bank afterwards, like any file.
 */
export function migrate(
  file: RawAnswersFile,
  from: number,
  to: number,
  steps: readonly Migration[],
): RawAnswersFile | undefined {
  let current = file;
  for (let version = from; version < to; version++) {
    const step = steps.find((s) => s.from === version);
    if (!step) return undefined;
    try {
      current = { ...step.migrate(current), bankVersion: version + 1 };
    } catch {
      return undefined;
    }
  }
  return current;
}
