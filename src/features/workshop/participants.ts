import { bank } from '../../../questions';
import { readAnswersFile, type AnswersFile } from '../../../questions/answers';

/** A workshop participant: a name (given, the organisation's, or the file's) and their answers. */
export interface Participant {
  key: string;
  name: string;
  file: AnswersFile;
}

const storageKey = 'parat-workshop';
const storageVersion = 1;

/**
 * The participants kept between visits, so respondents can answer in turn in one browser: each one's answers are
 * added before "Start forfra" clears them for the next. Entries that no longer read as answers are left out and
 * counted.
 */
export function loadParticipants(storage: Storage | undefined): { participants: Participant[]; dropped: number } {
  try {
    const raw = storage?.getItem(storageKey);
    if (!raw) return { participants: [], dropped: 0 };
    const data = JSON.parse(raw) as { version?: unknown; participants?: unknown };
    if (data.version !== storageVersion || !Array.isArray(data.participants)) return { participants: [], dropped: 1 };
    const participants = data.participants.flatMap((entry: { key?: unknown; name?: unknown; file?: unknown }) => {
      const reading = readAnswersFile(JSON.stringify(entry?.file), bank);
      return reading.ok && typeof entry.name === 'string' && typeof entry.key === 'string'
        ? [{ key: entry.key, name: entry.name.slice(0, 300), file: reading.file }]
        : [];
    });
    return { participants, dropped: data.participants.length - participants.length };
  } catch {
    return { participants: [], dropped: 1 };
  }
}

export function saveParticipants(storage: Storage | undefined, participants: Participant[]): boolean {
  try {
    storage?.setItem(storageKey, JSON.stringify({ version: storageVersion, participants }));
    return storage !== undefined;
  } catch {
    return false;
  }
}
