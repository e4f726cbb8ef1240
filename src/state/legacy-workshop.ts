import { isRecord } from '../../questions/answers';
import { workshopFormat, workshopVersion } from '../../questions/workshop-file';
import { keepUnreadable } from './storage';
import { legacyKey, unreadableWorkshopsKey, workshopEntryKey } from './workshops';

/** The organisation every entry's answers name, when they all name the same one; read without checking the rest. */
function sharedOrganisation(entries: readonly unknown[]): string {
  const names = new Set(
    entries.map((entry) => {
      const name = isRecord(entry) && isRecord(entry.file) && isRecord(entry.file.answers) ? entry.file.answers : {};
      return typeof name['organisation-name'] === 'string' ? name['organisation-name'].trim() : '';
    }),
  );
  const [only = ''] = names;
  return names.size === 1 ? only.slice(0, 300) : '';
}

/**
 * Takes the participants list an earlier Parat kept in this browser over as a workshop of its own, named after the
 * organisation its participants share, and removes the list once the workshop is stored. The participants are not
 * checked here: the workshop is read like any stored one when it is opened (a thousand in the intake's worker), and
 * what cannot be read is offered then. Text that is no list at all is copied aside first, never lost: the list
 * stays where it is if the copy cannot be made. Returns the new workshop's id, if one was made.
 */
export function adoptLegacy(storage: Storage | undefined, id: string, bankVersion: number): string | undefined {
  let raw: string | null | undefined;
  try {
    raw = storage?.getItem(legacyKey);
  } catch {
    return undefined;
  }
  if (!raw) return undefined;
  const forget = () => {
    try {
      storage?.removeItem(legacyKey);
    } catch {
      // Left where it is: it is taken over again next time, which loses nothing.
    }
  };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    data = undefined;
  }
  if (!isRecord(data) || !Array.isArray(data.participants)) {
    if (keepUnreadable(storage, raw, unreadableWorkshopsKey)) forget();
    return undefined;
  }
  // A newer Parat's list is read where possible, as it was before: its version stays in the text it is kept as.
  const workshop = {
    format: workshopFormat,
    version: data.version === 1 ? workshopVersion : data.version,
    bankVersion,
    id,
    name: sharedOrganisation(data.participants),
    participants: data.participants,
    decisions: {},
    plan: {},
  };
  try {
    storage?.setItem(workshopEntryKey(id), JSON.stringify(workshop));
  } catch {
    return undefined;
  }
  forget();
  return id;
}
