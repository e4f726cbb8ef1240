/**
 * How a peer pack of an older pack format is brought up to the current one, as migrations.ts does for the answers
 * file. Version 1 is the first, so there is no step yet. When `packVersion` is raised, add the step from the old
 * version here, say in CHANGELOG.md what changed, and keep a pack of the old version in the tests.
 */

/** One step: reads a pack of format version `from` and returns it as one of `from + 1`. */
export interface PackMigration {
  from: number;
  /** What changed, in a sentence, for whoever maintains the format. */
  changes: string;
  migrate: (pack: Record<string, unknown>) => Record<string, unknown>;
}

export const packMigrations: readonly PackMigration[] = [];

/** Brings a pack of version `from` up to `to` one step at a time, or says it cannot (a gap, or a failing step). */
export function migratePack(
  pack: Record<string, unknown>,
  from: number,
  to: number,
  steps: readonly PackMigration[],
): Record<string, unknown> | undefined {
  let current = pack;
  for (let version = from; version < to; version++) {
    const step = steps.find((s) => s.from === version);
    if (!step) return undefined;
    try {
      current = { ...step.migrate(current), version: version + 1 };
    } catch {
      return undefined;
    }
  }
  return current;
}
