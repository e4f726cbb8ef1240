/**
 * How an answers file from an older bank version is brought up to the current one. When `bankVersion` is raised,
 * add the step from the old version here, say in CHANGELOG.md which ids it touches, and add a file saved by the
 * old version to the tests, so the step is tested for as long as the app reads such files.
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
  /** What changed, in a sentence, for whoever maintains the bank (users read CHANGELOG.md). */
  changes: string;
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
    changes:
      'Four questions now ask what the reports mean, so their version-1 answers are dropped: P1 is internal silos, ' +
      'not cooperation with other organisations (000 L4321-4338); V2 is missing networks and facilitation, not ' +
      'whether the organisation shares (L4560-4567); T-M2 is too little or too poor data (L4848-4855); NIS2 action ' +
      'point 3 is a plan for future competence needs (003 L845-857). Visibility, scoring and texts changed elsewhere ' +
      'without changing what an answer means.',
    reworded: ['cross-organisational-development', 'knowledge-sharing', 'ml-data-quality', 'nis2-competence-plan'],
  },
  {
    from: 2,
    changes:
      'The answers file can hold an action plan (`plan`). No question changed. The version is raised so that an ' +
      'older Parat meets a file with a plan as one from a newer version, and says so, instead of refusing a field.',
  },
  {
    from: 3,
    changes:
      'The blockchain question on a network without a central actor asked only where responsibility lies; it now ' +
      'asks whether the rules and usual practice can accept the network in place of a central actor or ' +
      'intermediary, as Deloitte describes the barrier (000 L1862-1870), so its version-3 answer is dropped. ' +
      'Other questions were reworded without changing what an answer means.',
    reworded: ['blockchain-legal-model'],
  },
  {
    from: 4,
    changes:
      'The answers file can hold the approval (`approval`: who approved, role, date, reservations) and the ' +
      'evidence behind each answer (`evidence`: references by question id). No question changed; the version is ' +
      'raised so that an older Parat meets such a file as one from a newer version.',
  },
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
