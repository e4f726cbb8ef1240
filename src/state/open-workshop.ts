import { bank } from '../../questions';
import { readWorkshopFile, type WorkshopFile, type WorkshopNotice } from '../../questions/workshop-file';
import { adoptLegacy } from './legacy-workshop';
import { keptUnreadable } from './storage';
import {
  emptyWorkshop,
  listWorkshops,
  newWorkshopId,
  openWorkshop,
  removeWorkshop,
  unreadableWorkshopsKey,
  workshopEntryKey,
} from './workshops';

// A stored workshop up to this length (a few dozen participants) is read as the page opens, in a few milliseconds;
// a longer one has its participants read in the intake's worker with its progress shown.
const readAtOnce = 100_000;

/** Saved data that could not be read in full: its text, offered as a file, and how many participants it lost. */
export interface Unreadable {
  raw: string;
  dropped?: number;
}

/**
 * A workshop opened from storage. `later`: its participants are still to be read from `raw`, off the page. The
 * notices name what reading its own fields and decisions changed; `writable` is false where saving would lose
 * something (a newer Parat's, or data the browser would not copy aside).
 */
export interface Opened {
  file: WorkshopFile;
  notices: WorkshopNotice[];
  writable: boolean;
  newer: boolean;
  unreadable?: Unreadable;
  later?: string;
}

/** A new, empty workshop dated today, not stored until something is added to it. */
export const fresh = (today: string): Opened => ({
  file: emptyWorkshop(newWorkshopId(), { date: today }),
  notices: [],
  writable: true,
  newer: false,
});

/** What was kept aside at this or an earlier visit and not yet downloaded or discarded. */
function keptAside(storage: Storage | undefined): Unreadable | undefined {
  const kept = keptUnreadable(storage, unreadableWorkshopsKey);
  return kept.length > 0 ? { raw: kept.join('\n\n') } : undefined;
}

/**
 * Opens a workshop: the one asked for, else the one open last, else the most recent, else a new one dated today.
 * The participants list an earlier Parat kept is taken over first. One that cannot be read at all is kept aside (and
 * offered as a file) and a new one opened in its place; a newer Parat's is left as it is.
 */
export function openStored(storage: Storage | undefined, today: string, id?: string): Opened {
  adoptLegacy(storage, newWorkshopId(), bank.version);
  const listed = listWorkshops(storage);
  const wanted = id ?? listed.open ?? listed.workshops[0]?.id;
  if (wanted === undefined) return { ...fresh(today), ...withKept(storage) };
  let raw: string | undefined;
  try {
    raw = storage?.getItem(workshopEntryKey(wanted)) ?? undefined;
  } catch {
    raw = undefined;
  }
  if (raw !== undefined && raw.length > readAtOnce) {
    const shell = readWorkshopFile(raw, bank, undefined, { participants: false });
    if (shell.ok)
      return { file: { ...shell.file, id: wanted }, notices: shell.notices, writable: false, newer: false, later: raw };
  }
  const opened = openWorkshop(storage, wanted);
  if (opened.kind === 'missing') return { ...fresh(today), ...withKept(storage) };
  if (opened.kind === 'newer') return { ...fresh(today), newer: true, unreadable: { raw: opened.raw } };
  if (opened.kind === 'unreadable') {
    // Copied aside by openWorkshop: the copy is what is offered, so the entry can go.
    removeWorkshop(storage, wanted);
    return { ...fresh(today), unreadable: { raw: opened.raw } };
  }
  const dropped = opened.notices.filter((n) => n.code === 'participant-refused').length;
  return {
    file: opened.file,
    notices: opened.notices.filter((n) => n.code !== 'participant-refused'),
    writable: opened.writable,
    newer: false,
    ...(opened.notices.length > 0 && raw
      ? { unreadable: { raw, ...(dropped > 0 ? { dropped } : {}) } }
      : withKept(storage)),
  };
}

const withKept = (storage: Storage | undefined) => {
  const kept = keptAside(storage);
  return kept ? { unreadable: kept } : {};
};
