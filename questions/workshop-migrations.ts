import { migrations as answersMigrations, type Migration as AnswersMigration } from './migrations';

/**
 * How a workshop file of an older format version is brought up to the current one, one step at a time, like the
 * answers file's chain (migrations.ts). The participants' answers files inside are brought up by that chain.
 *
 * Version 0 is the participants list an earlier Parat kept in this browser (`{ version: 1, participants }`, no
 * format field): it becomes a workshop with those participants and nothing else.
 */
export interface WorkshopMigration {
  from: number;
  /** What changed, in a sentence, for whoever maintains the format. */
  changes: string;
  migrate: (file: Record<string, unknown>, bankVersion: number) => Record<string, unknown>;
}

export const workshopMigrations: readonly WorkshopMigration[] = [
  {
    from: 0,
    changes:
      'The participants list kept in the browser becomes a workshop: its participants, and no name, date, ' +
      'decisions or plan yet.',
    migrate: (file, bankVersion) => ({
      format: 'parat-workshop',
      bankVersion,
      name: '',
      participants: file.participants,
    }),
  },
];

/**
 * Brings a workshop file of format version `from` up to `to`, or says it cannot (a gap in the steps, or a step that
 * fails on a hand-edited file).
 */
export function migrateWorkshop(
  file: Record<string, unknown>,
  from: number,
  to: number,
  bankVersion: number,
  steps: readonly WorkshopMigration[] = workshopMigrations,
): Record<string, unknown> | undefined {
  let current = file;
  for (let version = from; version < to; version++) {
    const step = steps.find((s) => s.from === version);
    if (!step) return undefined;
    try {
      current = { ...step.migrate(current, bankVersion), version: version + 1 };
    } catch {
      return undefined;
    }
  }
  return current;
}

/**
 * The questions whose meaning changed between two bank versions: a decision on one of them was about another
 * question, so it is dropped (with a notice), as an answer to it is.
 */
export function rewordedSince(
  from: number,
  to: number,
  steps: readonly AnswersMigration[] = answersMigrations,
): Set<string> {
  const reworded = new Set<string>();
  for (const step of steps)
    if (step.from >= from && step.from < to) for (const id of step.reworded ?? []) reworded.add(id);
  return reworded;
}
