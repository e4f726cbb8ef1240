import { bank } from '../../questions';
import { readAnswersFile } from '../../questions/answers';
import { workshopLimits, type WorkshopParticipant } from '../../questions/workshop-file';

/** A workshop participant: a name (who answered, the organisation's, the file's, or one given here), and a role. */
export type Participant = WorkshopParticipant;

/** Whether anyone has said who this participant is: the answers' "Navn eller rolle", or a name given here. */
export const isNamed = (p: Participant) => (p.named === true || !!p.file.answers.respondent?.trim()) && !!p.name.trim();

/** Version of the saved participants list; each answers file inside carries its own bank version. */
export const participantsStorageVersion = 1;

/** A saved list opened but not yet read: its entries (undefined when there is no list), and which version wrote it. */
export interface SavedList {
  entries: readonly unknown[] | undefined;
  /** Saved by a newer Parat: read where possible, never overwritten. */
  newer: boolean;
  /** Saved by this version, so that a list read in full can be saved over. */
  current: boolean;
}

/** Parses the saved text. Never throws: text that is not a list has no entries. */
export function openSavedList(raw: string): SavedList {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { entries: undefined, newer: false, current: false };
  }
  const { version, participants } = (data ?? {}) as { version?: unknown; participants?: unknown };
  return {
    entries: Array.isArray(participants) ? participants : undefined,
    newer: typeof version === 'number' && version > participantsStorageVersion,
    current: version === participantsStorageVersion,
  };
}

/**
 * One saved participant, its answers checked as an imported file's are (storage can be edited or damaged as any
 * file can), or undefined when it cannot be read.
 */
export function readSavedEntry(entry: unknown): Participant | undefined {
  const { key, name, file, named, role } = (entry ?? {}) as {
    key?: unknown;
    name?: unknown;
    file?: unknown;
    named?: unknown;
    role?: unknown;
  };
  if (typeof key !== 'string' || typeof name !== 'string') return undefined;
  let reading;
  try {
    reading = readAnswersFile(JSON.stringify(file ?? null), bank);
  } catch {
    return undefined;
  }
  return reading.ok
    ? {
        key,
        name: name.slice(0, workshopLimits.name),
        ...(named === true ? { named: true } : {}),
        ...(typeof role === 'string' && role.trim() ? { role: role.slice(0, workshopLimits.role) } : {}),
        file: reading.file,
      }
    : undefined;
}
