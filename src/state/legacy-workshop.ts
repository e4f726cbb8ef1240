import { bank } from '../../questions';
import { readWorkshopFile, type WorkshopFile, type WorkshopNotice } from '../../questions/workshop-file';
import { commonOrganisation } from '../format/common-organisation';
import { keepUnreadable } from './storage';
import { legacyKey, saveWorkshop, unreadableWorkshopsKey } from './workshops';

/**
 * Takes the participants list an earlier Parat kept in this browser over as a workshop of its own, named after the
 * organisation its participants share, and removes the list once the workshop is saved. What could not be read is
 * copied aside first (offered as a file), never lost: the list stays where it is if the copy cannot be made.
 */
export function adoptLegacy(
  storage: Storage | undefined,
  id: string,
): { file?: WorkshopFile; notices: WorkshopNotice[]; unreadable?: boolean } | undefined {
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
      // Left where it is: it is read again next time, which loses nothing.
    }
  };
  const reading = readWorkshopFile(raw, bank);
  if (!reading.ok) {
    if (keepUnreadable(storage, raw, unreadableWorkshopsKey)) forget();
    return { notices: [], unreadable: true };
  }
  const kept = reading.notices.length === 0 || keepUnreadable(storage, raw, unreadableWorkshopsKey);
  const name = commonOrganisation(reading.file.participants.map((p) => p.file)) ?? '';
  const file = { ...reading.file, id, name };
  if (kept && saveWorkshop(storage, file)) forget();
  return { file, notices: reading.notices, ...(reading.notices.length > 0 ? { unreadable: true } : {}) };
}
