import { bank } from '../../../questions';
import { readAnswersFile, type AnswersFile } from '../../../questions/answers';
import type { Assessment } from '../../../scoring';
import type { ArchivedRecord } from '../../state/archive';

/** A finished assessment from the archive, read like an imported file. */
export interface ArchivedAssessment {
  id: string;
  archivedAt: string;
  file: AnswersFile;
  /** The bank version it was saved with, before reading brought it up to this one. */
  madeWith: number;
  organisation: string;
  unit: string;
}

/** A stored copy that cannot be read as an answers file: kept, and offered as a file. */
export interface UnreadableRecord {
  id: string;
  archivedAt: string;
  text: string;
}

/** The organisation and unit an assessment is listed under, in the list's order. */
export interface ArchiveGroup {
  key: string;
  organisation: string;
  unit: string;
  entries: ArchivedAssessment[];
}

const when = (a: ArchivedAssessment) => a.file.savedAt ?? a.archivedAt;

/**
 * Reads the archive's records: each through the answers file's own reader (so a copy from an older version is
 * brought up to this one), grouped by organisation and unit (alphabetically), newest first within each.
 */
export function readArchive(records: readonly ArchivedRecord[]): {
  groups: ArchiveGroup[];
  unreadable: UnreadableRecord[];
} {
  const unreadable: UnreadableRecord[] = [];
  const groups = new Map<string, ArchiveGroup>();
  for (const record of records) {
    const reading = readAnswersFile(record.text, bank);
    if (!reading.ok) {
      unreadable.push(record);
      continue;
    }
    const organisation = reading.file.answers['organisation-name']?.trim() ?? '';
    const unit = reading.file.answers.unit?.trim() ?? '';
    const key = `${organisation.toLocaleLowerCase('da')}\u0000${unit.toLocaleLowerCase('da')}`;
    const group = groups.get(key) ?? { key, organisation, unit, entries: [] };
    group.entries.push({
      id: record.id,
      archivedAt: record.archivedAt,
      file: reading.file,
      madeWith: reading.migratedFrom ?? reading.file.bankVersion,
      organisation,
      unit,
    });
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort(
    (a, b) => a.organisation.localeCompare(b.organisation, 'da') || a.unit.localeCompare(b.unit, 'da'),
  );
  for (const group of sorted) group.entries.sort((a, b) => Date.parse(when(b)) - Date.parse(when(a)));
  return { groups: sorted, unreadable };
}

/** An archived assessment as the trend and units take it, named by the date it was saved. */
export const asAssessment = (entry: ArchivedAssessment, label: string): Assessment => ({
  label,
  file: entry.file,
  madeWith: entry.madeWith,
});
