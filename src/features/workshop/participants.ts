import { bank } from '../../../questions';
import { readAnswersFile, type AnswersFile } from '../../../questions/answers';
import { keepUnreadable, keptUnreadable } from '../../state/storage';

/** A workshop participant: a name (who answered, the organisation's, the file's, or one the consultant gave). */
export interface Participant {
  key: string;
  name: string;
  file: AnswersFile;
  /** The name was given here (typed for a respondent in turn, or a rename), not taken from the answers. */
  named?: boolean;
}

/** The name a participant's answers give: who answered (the profile's "Navn eller rolle"), else the organisation, else the file's name. */
export const nameFromAnswers = (file: AnswersFile, fallback: string) =>
  file.answers.respondent?.trim() || file.answers['organisation-name']?.trim() || fallback;

/** Whether anyone has said who this participant is: the answers' "Navn eller rolle", or a name given here. */
export const isNamed = (p: Participant) => (p.named === true || !!p.file.answers.respondent?.trim()) && !!p.name.trim();

/**
 * A file's answers and the second it was saved, the same however the file orders its keys. Notes are left out: a QR
 * code may carry the same answers without them, and is still the same participant.
 */
const fingerprint = (file: AnswersFile) => {
  const saved = file.savedAt ? Math.round(Date.parse(file.savedAt) / 1000) : '';
  return JSON.stringify([Object.entries(file.answers).sort(), saved]);
};

/**
 * Finds the participant whose answers a file repeats (a file loaded twice would count one voice twice). Each
 * participant is fingerprinted once, so a thousand files at once take no longer than reading them.
 */
export function repeatFinder(participants: readonly Participant[]) {
  const seen = new Map(participants.map((p) => [fingerprint(p.file), p]));
  return {
    find: (file: AnswersFile) => seen.get(fingerprint(file)),
    add: (participant: Participant) => seen.set(fingerprint(participant.file), participant),
  };
}

/** The names that more than one participant has, compared as people read them (case and spaces aside). */
export function collidingNames(participants: readonly Participant[]): Set<string> {
  const seen = new Map<string, number>();
  for (const p of participants) seen.set(nameKey(p.name), (seen.get(nameKey(p.name)) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count > 1).map(([key]) => key));
}

export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');

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
  const participants = entries.flatMap(
    (entry: { key?: unknown; name?: unknown; file?: unknown; named?: unknown } | null) => {
      let reading;
      try {
        reading = readAnswersFile(JSON.stringify(entry?.file ?? null), bank);
      } catch {
        return [];
      }
      return reading.ok && typeof entry?.name === 'string' && typeof entry.key === 'string'
        ? [
            {
              key: entry.key,
              name: entry.name.slice(0, 300),
              file: reading.file,
              ...(entry.named === true ? { named: true } : {}),
            },
          ]
        : [];
    },
  );
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
