import type { SavedReading } from '../../state/workshop-participants';
import { remember } from './derived';
import { savedBatches, type Restored, type SavedVersion } from './intake/jobs';

/** The participants read back, as a reading of the saved text; what was worked out for each is kept. */
export function readingOf(restored: readonly Restored[], version: SavedVersion): SavedReading {
  const participants = restored.flatMap((r) => {
    if (!r) return [];
    remember(r.participant.file, r.derived);
    return [r.participant];
  });
  const dropped = restored.length - participants.length;
  return {
    participants,
    ...(version.list ? { dropped } : {}),
    newer: version.newer,
    complete: version.list ? version.current && dropped === 0 : false,
  };
}

/** Reads the saved participants back at once, on the page: for a few, which take a few milliseconds. */
export function readSavedNow(raw: string): SavedReading {
  const restored: Restored[] = [];
  const batches = savedBatches(raw);
  for (let step = batches.next(); ; step = batches.next()) {
    if (step.done) return readingOf(restored, step.value);
    restored.push(...step.value.items);
  }
}
