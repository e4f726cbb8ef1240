import { keepUnreadable, keptUnreadable } from './storage';
import type { Participant } from './saved-participants';

/** Where saved participants that could not be read are kept until the user has downloaded or discarded them. */
export const unreadableParticipantsKey = 'parat-workshop-unreadable';

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
