import { openDatabase, transactionDone } from './idb';

/**
 * A second copy of the saved work in IndexedDB, committed with strict durability. Chromium writes localStorage to
 * disk lazily (seconds later), so a browser killed at logout on a VDI desktop lost the last answers; a strict
 * IndexedDB commit is on disk when it completes, within a fraction of a second.
 */
export interface Mirror {
  /** Writes the latest text; writes that arrive while one is under way are coalesced into the newest. */
  write(text: string): void;
}

const database = 'parat';
const store = 'work';
const key = 'parat';

const open = (factory: IDBFactory) => openDatabase(factory, database, (db) => db.createObjectStore(store));

/**
 * Opens the copy and reads what it holds. Resolves to no mirror where IndexedDB is missing or refuses (some
 * private modes): localStorage alone then keeps the work, as before.
 */
export async function openMirror(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<{ mirror?: Mirror; mirrored?: string }> {
  if (!factory) return {};
  let db: IDBDatabase;
  let text: string | undefined;
  try {
    db = await open(factory);
    const transaction = db.transaction(store, 'readonly');
    const request = transaction.objectStore(store).get(key);
    await transactionDone(transaction);
    text = typeof request.result === 'string' ? request.result : undefined;
  } catch {
    return {};
  }

  let pending: string | undefined;
  let writing = false;
  const flush = async () => {
    writing = true;
    while (pending !== undefined) {
      const next = pending;
      pending = undefined;
      try {
        const transaction = db.transaction(store, 'readwrite', { durability: 'strict' });
        transaction.objectStore(store).put(next, key);
        await transactionDone(transaction);
      } catch {
        // localStorage still holds the work; the copy is a safeguard, not the record.
      }
    }
    writing = false;
  };
  return {
    mirror: {
      write(next) {
        pending = next;
        if (!writing) void flush();
      },
    },
    ...(text === undefined ? {} : { mirrored: text }),
  };
}
