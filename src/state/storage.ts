import { bank } from '../../questions';
import { readAnswersFile, type AnswersFile } from '../../questions/answers';

/** Key of the work in progress in localStorage. */
export const storageKey = 'parat';
/** Version of what is kept under that key; the answers inside carry their own bank version. */
export const storageVersion = 1;

export interface Saved {
  file: AnswersFile;
  /** The route the user was on, to bring them back to the same step. */
  route: string;
}

export type Loaded =
  { kind: 'empty' } | { kind: 'loaded'; saved: Saved } | { kind: 'unreadable'; raw: string } | { kind: 'unavailable' };

/** The browser's localStorage, or undefined where it is blocked (some private modes throw on access). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Reads the saved work. Anything that is not exactly what we saved is `unreadable`, with the raw text kept. */
export function load(storage: Storage | undefined): Loaded {
  if (!storage) return { kind: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(storageKey);
  } catch {
    return { kind: 'unavailable' };
  }
  if (raw === null) return { kind: 'empty' };
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return { kind: 'unreadable', raw };
    const { storageVersion: version, route, file } = data as Record<string, unknown>;
    const reading = readAnswersFile(JSON.stringify(file), bank);
    if (version !== storageVersion || typeof route !== 'string' || !reading.ok) return { kind: 'unreadable', raw };
    return { kind: 'loaded', saved: { file: reading.file, route } };
  } catch {
    return { kind: 'unreadable', raw };
  }
}

/** Saves the work; false when the browser refuses (storage full or blocked). */
export function save(storage: Storage | undefined, saved: Saved): boolean {
  if (!storage) return false;
  try {
    storage.setItem(storageKey, JSON.stringify({ storageVersion, ...saved }));
    return true;
  } catch {
    return false;
  }
}

export function clear(storage: Storage | undefined): void {
  try {
    storage?.removeItem(storageKey);
  } catch {
    // Nothing to clear where storage is blocked.
  }
}
