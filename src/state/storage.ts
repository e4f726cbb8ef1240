import { bank } from '../../questions';
import { isRecord, readAnswersFile } from '../../questions/answers';
import { isStoredRoute } from '../routing';
import { savedFields, type Saved, type Stamps } from './merge';
import { salvageAnswers, type Salvage } from './salvage';

/** Key of the work in progress in localStorage. */
export const storageKey = 'parat';
/** Where saved data that could not be read is kept until the user has downloaded or discarded it. */
export const unreadableKey = 'parat-unreadable';
/** Version of what is kept under that key; the answers inside carry their own bank version. */
export const storageVersion = 1;

export type Loaded =
  | { kind: 'empty' }
  | { kind: 'loaded'; saved: Saved }
  /** Saved data that is broken or from an older form: kept as it was, with any answers that can be read. */
  | { kind: 'unreadable'; raw: string; salvage?: Salvage }
  /** Saved by a newer Parat (a higher storage version): it must never be overwritten by this one. */
  | { kind: 'newer'; raw: string; salvage?: Salvage }
  | { kind: 'unavailable' };

/** The browser's localStorage, or undefined where it is blocked (some private modes throw on access). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const readStamps = (value: unknown): Stamps | undefined =>
  value === undefined
    ? {}
    : isRecord(value) && Object.values(value).every((v) => typeof v === 'number' && Number.isFinite(v))
      ? (value as Stamps)
      : undefined;

/**
 * Reads saved work from its text. Anything that is not exactly what this version saves is `unreadable` (or `newer`),
 * with the raw text kept and the answers that can still be read offered as a file. Never throws, whatever the text.
 */
export function readSaved(raw: string): Exclude<Loaded, { kind: 'empty' | 'unavailable' }> {
  try {
    return readSavedText(raw);
  } catch {
    // Only a structure deep enough to exhaust the stack gets here.
    return { kind: 'unreadable', raw };
  }
}

function readSavedText(raw: string): Exclude<Loaded, { kind: 'empty' | 'unavailable' }> {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'unreadable', raw };
  }
  // Looked for only when the data cannot be taken over, so a good save is read once.
  const setAside = (kind: 'unreadable' | 'newer') => {
    const salvage = salvageAnswers(isRecord(data) && 'file' in data ? data.file : data, bank);
    return { kind, raw, ...(salvage ? { salvage } : {}) };
  };
  if (!isRecord(data)) return setAside('unreadable');
  const { storageVersion: version, route, file, stamps } = data;
  if (typeof version === 'number' && version > storageVersion) return setAside('newer');
  const reading = readAnswersFile(JSON.stringify(file ?? null), bank);
  const changed = readStamps(stamps);
  if (version !== storageVersion || typeof route !== 'string' || !reading.ok || !changed) return setAside('unreadable');
  // A route the app did not write (a hand-edited or hostile entry) is dropped, never followed.
  const saved = { file: reading.file, route: isStoredRoute(route) ? route : '', stamps: changed };
  return { kind: 'loaded', saved: Object.keys(changed).length > 0 ? saved : stampedWhenSaved(saved) };
}

/**
 * Work saved without change times (by a Parat from before them, or by hand) gets the time it was saved for each of
 * its entries: the same time at every reading. Stamped with the time it was read instead, a stale copy that
 * Chromium had not yet replaced on disk when the browser was killed came back newer than the durable copy's later
 * changes, and undid them. Without a save time it is older than any change.
 */
function stampedWhenSaved(saved: Saved): Saved {
  const stamp = Date.parse(saved.file.savedAt ?? '');
  if (!(stamp > 0)) return saved;
  const stamps: Record<string, number> = { route: stamp };
  for (const field of savedFields) {
    for (const id of Object.keys(saved.file[field] ?? {})) stamps[`${field}/${id}`] = stamp;
  }
  return { ...saved, stamps };
}

/** Reads the saved work from localStorage. */
export function load(storage: Storage | undefined): Loaded {
  if (!storage) return { kind: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(storageKey);
  } catch {
    return { kind: 'unavailable' };
  }
  return raw === null ? { kind: 'empty' } : readSaved(raw);
}

/** The text that is saved: the wrapper with the storage version, read back by `readSaved`. */
export const savedText = (saved: Saved) => JSON.stringify({ storageVersion, ...saved });

/** Saves the work; false when the browser refuses (storage full or blocked). */
export function save(storage: Storage | undefined, saved: Saved): boolean {
  if (!storage) return false;
  try {
    storage.setItem(storageKey, savedText(saved));
    return true;
  } catch {
    return false;
  }
}

/** The unreadable entries kept so far, oldest first. */
export function keptUnreadable(storage: Storage | undefined, key = unreadableKey): string[] {
  try {
    const kept: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
    return Array.isArray(kept) ? kept.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Moves unreadable data aside, so the key can take new work without destroying it. False when the browser will
 * not store the copy: then the original must stay where it is.
 */
export function keepUnreadable(storage: Storage | undefined, raw: string, key = unreadableKey): boolean {
  const kept = keptUnreadable(storage, key);
  if (kept.includes(raw)) return true;
  try {
    storage?.setItem(key, JSON.stringify([...kept, raw]));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Removes what was kept aside, once the user has chosen to discard it. */
export function discardUnreadable(storage: Storage | undefined, key = unreadableKey): void {
  try {
    storage?.removeItem(key);
  } catch {
    // Nothing to remove where storage is blocked.
  }
}
