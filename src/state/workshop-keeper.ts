import type { WorkshopFile } from '../../questions/workshop-file';
import { delayed } from './delayed';
import type { Participant } from './saved-participants';
import { saveWorkshop } from './workshops';

// Saving a thousand participants writes megabytes: changes in quick succession (a name typed) are saved together.
const saveAfter = 200;

/**
 * The open workshop as it is now, ahead of what the page has drawn (the next arrivals see those just added, so two
 * drops in a row see each other), saved whole shortly after each change. `onKept` (or whoever `listen`s later)
 * hears whether the last save succeeded. Nothing is saved while `writable` is false, nor before the saved
 * participants are read back when `reading`.
 */
export function workshopKeeper(
  storage: () => Storage | undefined,
  start: { file: WorkshopFile; writable: boolean; reading: boolean },
  onKept: (kept: boolean) => void = () => undefined,
) {
  let now = start;
  let hear = onKept;
  // Each save is stamped, so a workshop file opened later can tell whether it is newer than the copy here.
  const save = () => now.writable && saveWorkshop(storage(), { ...now.file, savedAt: new Date().toISOString() });
  const saving = delayed(() => hear(save()), saveAfter);
  const changed = (file: WorkshopFile) => {
    now = { ...now, file };
    if (!now.reading) saving.schedule();
    return file;
  };
  return {
    file: () => now.file,
    participants: () => now.file.participants,
    /** Applies a change to the participants and returns the workshop after it. */
    change: (update: (current: Participant[]) => Participant[]) =>
      changed({ ...now.file, participants: update(now.file.participants) }),
    /** Applies a change to the workshop's own fields, decisions or plan and returns the workshop after it. */
    update: (update: (current: WorkshopFile) => WorkshopFile) => changed(update(now.file)),
    /** Puts the saved participants, once read back, before any added meanwhile, and returns the workshop. */
    restored(loaded: { participants: Participant[]; writable: boolean }) {
      const added = now.file.participants;
      now = {
        file: { ...now.file, participants: [...loaded.participants, ...added] },
        writable: loaded.writable,
        reading: false,
      };
      if (added.length > 0) saving.schedule();
      return now.file;
    },
    /** Who hears, from now on, whether a save succeeded. */
    listen: (listener: (kept: boolean) => void) => {
      hear = listener;
    },
    /** Saves a change not saved yet, at once: the page is being left, or another workshop is opened. */
    flush: saving.flush,
  };
}

export type WorkshopKeeper = ReturnType<typeof workshopKeeper>;
