import type { SavedReading } from '../../state/workshop-participants';
import { remember } from './derived';
import type { Restored, SavedVersion } from './intake/jobs';

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
