import { bank } from '../../questions';
import {
  readWorkshopFile,
  workshopFormat,
  workshopVersion,
  type WorkshopFile,
  type WorkshopNotice,
} from '../../questions/workshop-file';
import { keepUnreadable } from './storage';

/**
 * The workshops this browser holds, each a workspace of its own apart from the user's own answers (issue 28, point
 * 1): one entry per workshop, its text the `parat-workshop` file it is saved as, and an index of their names for the
 * list, which can be rebuilt from the entries.
 */
const indexKey = 'parat-workshops';
const entryPrefix = 'parat-workshop:';
/** The participants list an earlier Parat kept: taken over as the first workshop. */
export const legacyKey = 'parat-workshop';
/** Where saved workshops that could not be read in full are kept until the user has downloaded or discarded them. */
export const unreadableWorkshopsKey = 'parat-workshop-unreadable';

/** What the list of workshops shows of one, without reading its participants. */
export interface WorkshopSummary {
  id: string;
  name: string;
  date?: string;
  participants: number;
  savedAt?: string;
}

/** Where one workshop is stored: its id after a prefix no other key of Parat's begins with. */
export const workshopEntryKey = (id: string) => `${entryPrefix}${id}`;
const entryKey = workshopEntryKey;

/** A new workshop's id: unique without a counter, so two tabs making one at once do not collide. */
export const newWorkshopId = () => `w-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

/** An empty workshop, ready for participants. */
export const emptyWorkshop = (id: string, fields: Partial<Pick<WorkshopFile, 'name' | 'date'>> = {}): WorkshopFile => ({
  format: workshopFormat,
  version: workshopVersion,
  bankVersion: bank.version,
  id,
  name: fields.name ?? '',
  ...(fields.date ? { date: fields.date } : {}),
  participants: [],
  decisions: {},
  plan: {},
});

export const summaryOf = (file: WorkshopFile): WorkshopSummary => ({
  id: file.id,
  name: file.name,
  ...(file.date ? { date: file.date } : {}),
  participants: file.participants.length,
  ...(file.savedAt ? { savedAt: file.savedAt } : {}),
});

const get = (storage: Storage | undefined, key: string) => {
  try {
    return storage?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
};

const set = (storage: Storage | undefined, key: string, value: string) => {
  try {
    storage?.setItem(key, value);
    return storage !== undefined;
  } catch {
    return false;
  }
};

interface Index {
  open?: string;
  workshops: WorkshopSummary[];
}

function readIndex(storage: Storage | undefined): Index {
  try {
    const data = JSON.parse(get(storage, indexKey) ?? '{}') as { open?: unknown; workshops?: unknown };
    const workshops = Array.isArray(data.workshops)
      ? data.workshops.filter(
          (w: Partial<WorkshopSummary> | null): w is WorkshopSummary =>
            typeof w?.id === 'string' && typeof w.name === 'string' && typeof w.participants === 'number',
        )
      : [];
    return { ...(typeof data.open === 'string' ? { open: data.open } : {}), workshops };
  } catch {
    return { workshops: [] };
  }
}

const writeIndex = (storage: Storage | undefined, index: Index) => set(storage, indexKey, JSON.stringify(index));

/** The ids of the workshops stored, found by their keys, so a damaged index loses none. */
function storedIds(storage: Storage | undefined): string[] {
  const ids: string[] = [];
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const key = storage?.key(i);
      if (key?.startsWith(entryPrefix)) ids.push(key.slice(entryPrefix.length));
    }
  } catch {
    // Storage that cannot be listed holds no workshops this tab can reach.
  }
  return ids;
}

/**
 * The workshops in this browser, the most recently saved first, and the one open last. One the index lacks (saved
 * by another tab, or the index damaged) is read to be listed.
 */
export function listWorkshops(storage: Storage | undefined): { workshops: WorkshopSummary[]; open?: string } {
  const index = readIndex(storage);
  const known = new Map(index.workshops.map((w) => [w.id, w]));
  const workshops = storedIds(storage).map((id) => {
    const listed = known.get(id);
    if (listed) return listed;
    const opened = openWorkshop(storage, id);
    return opened.kind === 'loaded' ? summaryOf(opened.file) : { id, name: '', participants: 0 };
  });
  workshops.sort((a, b) => (b.savedAt ?? '').localeCompare(a.savedAt ?? ''));
  return { workshops, ...(index.open && workshops.some((w) => w.id === index.open) ? { open: index.open } : {}) };
}

/**
 * A stored workshop, read as a file is. `writable` is false when saving over it would lose something: it was read
 * only in part and the browser would not keep the original aside, or a newer Parat saved it.
 */
export type OpenedWorkshop =
  | { kind: 'loaded'; file: WorkshopFile; notices: WorkshopNotice[]; writable: boolean }
  /** Nothing in it could be read: its text is kept aside, to be offered as a file. */
  | { kind: 'unreadable'; raw: string }
  | { kind: 'newer'; raw: string }
  | { kind: 'missing' };

/** Reads one stored workshop. What could not be read in full is copied aside first, and never saved over otherwise. */
export function openWorkshop(storage: Storage | undefined, id: string): OpenedWorkshop {
  const raw = get(storage, entryKey(id));
  if (raw === undefined) return { kind: 'missing' };
  const reading = readWorkshopFile(raw, bank);
  if (!reading.ok) {
    if (reading.problem.code === 'newer-version') return { kind: 'newer', raw };
    return keepUnreadable(storage, raw, unreadableWorkshopsKey) ? { kind: 'unreadable', raw } : { kind: 'newer', raw };
  }
  const complete = reading.notices.length === 0;
  const writable = complete || keepUnreadable(storage, raw, unreadableWorkshopsKey);
  return { kind: 'loaded', file: { ...reading.file, id }, notices: reading.notices, writable };
}

/** Saves a workshop and lists it, opened; false when the browser refuses (storage full or blocked). */
export function saveWorkshop(storage: Storage | undefined, file: WorkshopFile): boolean {
  if (!set(storage, entryKey(file.id), JSON.stringify(file))) return false;
  const index = readIndex(storage);
  const workshops = [summaryOf(file), ...index.workshops.filter((w) => w.id !== file.id)];
  writeIndex(storage, { open: file.id, workshops });
  return true;
}

/** Remembers which workshop is open, so the page opens it again. */
export const markOpen = (storage: Storage | undefined, id: string) =>
  writeIndex(storage, { ...readIndex(storage), open: id });

/** Deletes a workshop from this browser, once the user has chosen to. */
export function removeWorkshop(storage: Storage | undefined, id: string) {
  try {
    storage?.removeItem(entryKey(id));
  } catch {
    return;
  }
  const index = readIndex(storage);
  writeIndex(storage, {
    ...(index.open && index.open !== id ? { open: index.open } : {}),
    workshops: index.workshops.filter((w) => w.id !== id),
  });
}
