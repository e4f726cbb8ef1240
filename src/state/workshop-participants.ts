import { delayed } from './delayed';
import { keepUnreadable, keptUnreadable } from './storage';
import { participantsStorageVersion, type Participant } from './saved-participants';

const storageKey = 'parat-workshop';
/** Where saved participants that could not be read are kept until the user has downloaded or discarded them. */
export const unreadableParticipantsKey = 'parat-workshop-unreadable';

/** The saved participants' text, or undefined when there is none or storage is blocked. */
export function savedParticipantsText(storage: Storage | undefined): string | undefined {
  try {
    return storage?.getItem(storageKey) ?? undefined;
  } catch {
    return undefined;
  }
}

/** What reading the saved text found: the participants that could be read, and what could not be. */
export interface SavedReading {
  participants: Participant[];
  /** Entries that could not be read; undefined when the text held no list at all. */
  dropped?: number;
  newer: boolean;
  /** Read in full, and saved by this version. */
  complete: boolean;
}

export interface LoadedParticipants {
  participants: Participant[];
  /**
   * Saved data that could not be read in full: the raw text, kept aside until the user discards it, and how many
   * saved participants were left out when that is known.
   */
  unreadable?: { raw: string; dropped?: number };
  /** False when saving would destroy data: a newer Parat's, or unreadable data the browser would not copy aside. */
  writable: boolean;
  /** Saved by a newer Parat: left untouched. */
  newer: boolean;
}

/**
 * The participants kept between visits, so respondents can answer in turn in one browser: each one's answers are
 * added before "Start forfra" clears them for the next. What cannot be read is moved aside before anything is
 * saved again, and counted; a newer Parat's data is read where possible and never overwritten.
 */
export function settleSaved(storage: Storage | undefined, raw: string | undefined, found: SavedReading) {
  let writable = storage !== undefined && !found.newer;
  if (raw && !found.complete && !found.newer) writable = keepUnreadable(storage, raw, unreadableParticipantsKey);
  const kept = keptUnreadable(storage, unreadableParticipantsKey);
  const unreadableRaw = raw && !found.complete ? raw : kept.length > 0 ? kept.join('\n\n') : undefined;
  const dropped = raw && !found.complete && found.dropped !== undefined && found.dropped > 0 ? found.dropped : 0;
  return {
    participants: found.participants,
    writable,
    newer: found.newer,
    ...(unreadableRaw === undefined ? {} : { unreadable: { raw: unreadableRaw, ...(dropped > 0 ? { dropped } : {}) } }),
  } satisfies LoadedParticipants;
}

export function saveParticipants(storage: Storage | undefined, participants: readonly Participant[]): boolean {
  try {
    storage?.setItem(storageKey, JSON.stringify({ version: participantsStorageVersion, participants }));
    return storage !== undefined;
  } catch {
    return false;
  }
}

// Saving a thousand participants writes megabytes: changes in quick succession (a name typed) are saved together.
const saveAfter = 200;

/**
 * The participants as they are now, ahead of what the page has drawn (the next arrivals see those just added, so two
 * drops in a row see each other), saved shortly after each change. `onKept` hears whether the last save succeeded.
 * Nothing is saved while `writable` is false, nor before the saved participants are read back when `reading`.
 */
export function participantsKeeper(
  storage: () => Storage | undefined,
  start: { participants: Participant[]; writable: boolean; reading: boolean },
  onKept: (kept: boolean) => void,
) {
  let now = start;
  const saving = delayed(() => onKept(now.writable && saveParticipants(storage(), now.participants)), saveAfter);
  return {
    participants: () => now.participants,
    /** Applies a change and returns the participants after it. */
    change(update: (current: Participant[]) => Participant[]) {
      now = { ...now, participants: update(now.participants) };
      if (!now.reading) saving.schedule();
      return now.participants;
    },
    /** Puts the saved participants, once read back, before any added meanwhile, and returns them all. */
    restored(loaded: { participants: Participant[]; writable: boolean }) {
      const added = now.participants;
      now = { participants: [...loaded.participants, ...added], writable: loaded.writable, reading: false };
      if (added.length > 0) saving.schedule();
      return now.participants;
    },
    /** Saves a change not saved yet, at once: the page is being left. */
    flush: saving.flush,
  };
}
