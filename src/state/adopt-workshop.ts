import type { WorkshopFile } from '../../questions/workshop-file';
import { listWorkshops, newWorkshopId, openWorkshop, saveWorkshop } from './workshops';

/**
 * How a workshop file was taken in: added beside the others; already here as it is (opened); here, and the file is
 * newer (the copy here replaced by it); or here in a newer state than the file (opened, the file left out).
 */
export type Adoption = 'added' | 'same' | 'replaced' | 'kept';

/** A workshop's content, the same however its keys are ordered, apart from its id and when it was saved. */
const content = (file: WorkshopFile) =>
  JSON.stringify({ ...file, id: '', savedAt: '' }, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );

const time = (file: WorkshopFile) => Date.parse(file.savedAt ?? '') || 0;

/**
 * Takes in a workshop file without making a copy of one this browser holds: a file of a workshop already here (the
 * same id, or the same content under another id) opens that one, replacing it only when the file was saved later.
 * Only workshops named alike with as many participants are read to compare content, so a browser with many large
 * workshops is not read whole. `saved` is false when the browser would not store it.
 */
export function adoptWorkshop(
  storage: Storage | undefined,
  file: WorkshopFile,
): { file: WorkshopFile; how: Adoption; saved: boolean } {
  const { workshops } = listWorkshops(storage);
  const sameId = workshops.find((w) => w.id === file.id);
  const alike = sameId
    ? [sameId]
    : workshops.filter((w) => w.name === file.name && w.participants === file.participants.length);
  for (const summary of alike) {
    const opened = openWorkshop(storage, summary.id);
    if (opened.kind !== 'loaded') continue;
    const here = opened.file;
    if (content(here) === content(file)) return { file: here, how: 'same', saved: opened.writable };
    if (summary.id !== file.id) continue;
    if (time(file) > time(here)) return { file, how: 'replaced', saved: saveWorkshop(storage, file) };
    return { file: here, how: 'kept', saved: opened.writable };
  }
  // A workshop this browser holds under the file's id but cannot read is never saved over.
  const added = sameId || !file.id ? { ...file, id: newWorkshopId() } : file;
  return { file: added, how: 'added', saved: saveWorkshop(storage, added) };
}
