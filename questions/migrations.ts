/**
 * How an answers file from an older bank version is brought up to the current one. When `bankVersion` is raised,
 * add the step from the old version here and its note in migration-notes.ts, say in CHANGELOG.md which ids it
 * touches, and add a file saved by the old version to the tests, so the step is tested for as long as the app reads
 * such files.
 *
 * Version 2 (bank version 2) reworded four questions; its step drops their version-1 answers. Version 3 added the
 * action plan to the file; no answer changed, so its step has nothing to do. Version 4 rewords one question; its step
 * drops that question's version-3 answer. Version 5 added the approval and the evidence; no answer changed.
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
  plan?: unknown;
  approval?: unknown;
  evidence?: unknown;
}

/** One step: reads a file of version `from` and returns it as a file of version `from + 1`. */
export interface Migration {
  from: number;
  /**
   * Questions whose meaning changed in this version: an old answer is not carried into the new meaning, so the step
   * drops it (the note stays, in the user's own words), and the import preview names the questions.
   */
  reworded?: readonly string[];
  migrate?: (file: RawAnswersFile) => RawAnswersFile;
}

export const migrations: readonly Migration[] = [
  {
    from: 1,
    reworded: ['cross-organisational-development', 'knowledge-sharing', 'ml-data-quality', 'nis2-competence-plan'],
  },
  { from: 2 },
  { from: 3, reworded: ['blockchain-legal-model'] },
  { from: 4 },
];

/**
 * Brings a file of version `from` up to `to` one step at a time, or says it cannot: a gap in the steps, or a step
 * that fails on a hand-edited file. `dropped` names the questions whose answers were dropped because their meaning
 * changed. The result is checked against the current bank afterwards, like any file.
 */
export function migrate(
  file: RawAnswersFile,
  from: number,
  to: number,
  steps: readonly Migration[],
): { file: RawAnswersFile; dropped: string[] } | undefined {
  let current = file;
  const dropped: string[] = [];
  for (let version = from; version < to; version++) {
    const step = steps.find((s) => s.from === version);
    if (!step) return undefined;
    try {
      const reworded = new Set(step.reworded ?? []);
      const answers = typeof current.answers === 'object' && current.answers !== null ? current.answers : {};
      dropped.push(...Object.keys(answers).filter((id) => reworded.has(id)));
      const kept = {
        ...current,
        answers: Object.fromEntries(Object.entries(answers).filter(([id]) => !reworded.has(id))),
      };
      current = { ...(step.migrate ? step.migrate(kept) : kept), bankVersion: version + 1 };
    } catch {
      return undefined;
    }
  }
  return { file: current, dropped };
}
