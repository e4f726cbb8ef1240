import { bank } from '../../../questions';
import { readAnswersFile, type AnswersFile } from '../../../questions/answers';
import { keepUnreadable, keptUnreadable } from '../../state/storage';

/** A workshop participant: a name (given, the organisation's, or the file's) and their answers. */
export interface Participant {
  key: string;
  name: string;
  file: AnswersFile;
}

const storageKey = 'parat-workshop';
/** Where saved participants that could not be read are kept until the user has downloaded or discarded them. */
export const unreadableParticipantsKey = 'parat-workshop-unreadable';
const storageVersion = 1;

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

function read(raw: string): { participants: Participant[]; dropped?: number; newer: boolean; complete: boolean } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { participants: [], newer: false, complete: false };
  }
  const { version, participants: entries } = (data ?? {}) as { version?: unknown; participants?: unknown };
  const newer = typeof version === 'number' && version > storageVersion;
  if (!Array.isArray(entries)) return { participants: [], newer, complete: false };
  const participants = entries.flatMap((entry: { key?: unknown; name?: unknown; file?: unknown } | null) => {
    let reading;
    try {
      reading = readAnswersFile(JSON.stringify(entry?.file ?? null), bank);
    } catch {
      return [];
    }
    return reading.ok && typeof entry?.name === 'string' && typeof entry.key === 'string'
      ? [{ key: entry.key, name: entry.name.slice(0, 300), file: reading.file }]
      : [];
  });
  const dropped = entries.length - participants.length;
  return { participants, dropped, newer, complete: version === storageVersion && dropped === 0 };
}

/**
 * The participants kept between visits, so respondents can answer in turn in one browser: each one's answers are
 * added before "Start forfra" clears them for the next. What cannot be read is moved aside before anything is
 * saved again, and counted; a newer Parat's data is read where possible and never overwritten.
 */
export function loadParticipants(storage: Storage | undefined): LoadedParticipants {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(storageKey);
  } catch {
    raw = undefined;
  }
  const found = raw ? read(raw) : { participants: [], newer: false, complete: true };
  let writable = storage !== undefined && !found.newer;
  if (raw && !found.complete && !found.newer) writable = keepUnreadable(storage, raw, unreadableParticipantsKey);
  const kept = keptUnreadable(storage, unreadableParticipantsKey);
  const unreadableRaw = raw && !found.complete ? raw : kept.length > 0 ? kept.join('\n\n') : undefined;
  return {
    participants: found.participants,
    writable,
    newer: found.newer,
    ...(unreadableRaw === undefined
      ? {}
      : {
          unreadable: {
            raw: unreadableRaw,
            ...(raw && !found.complete && found.dropped !== undefined && found.dropped > 0
              ? { dropped: found.dropped }
              : {}),
          },
        }),
  };
}

export function saveParticipants(storage: Storage | undefined, participants: Participant[]): boolean {
  try {
    storage?.setItem(storageKey, JSON.stringify({ version: storageVersion, participants }));
    return storage !== undefined;
  } catch {
    return false;
  }
}
