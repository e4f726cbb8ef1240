import { openDatabase, transactionDone } from './idb';

/**
 * Finished assessments kept in this browser ("Jeres vurderinger"): dated, read-only copies of the answers file, in
 * an IndexedDB database of their own, each committed with strict durability so it is on disk when saving says so.
 * A copy is kept as the text of its file and read like an imported one (archive-entries.ts), so a copy saved by an
 * older Parat is brought up to date when read, and one that cannot be read is never lost: it is offered as a file.
 */
export interface ArchivedRecord {
  id: string;
  /** When it was saved as finished (ISO 8601). */
  archivedAt: string;
  /** The answers file as JSON text. */
  text: string;
}

export interface Archive {
  list(): Promise<ArchivedRecord[]>;
  add(text: string, archivedAt: string): Promise<ArchivedRecord>;
  remove(id: string): Promise<void>;
}

const database = 'parat-assessments';
const storeName = 'assessments';

const open = (factory: IDBFactory) =>
  openDatabase(factory, database, (db) => db.createObjectStore(storeName, { keyPath: 'id' }));

/** A record as stored, whatever it holds: anything else (from a hand-edited or broken store) is kept as text. */
const asRecord = (value: unknown): ArchivedRecord => {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof ArchivedRecord, unknown>
  >;
  return {
    id: typeof v.id === 'string' ? v.id : String(v.id),
    archivedAt: typeof v.archivedAt === 'string' ? v.archivedAt : '',
    text: typeof v.text === 'string' ? v.text : (JSON.stringify(value) ?? String(value)),
  };
};

/** Opens the archive; undefined where IndexedDB is missing or refuses (some private modes). */
export async function openArchive(
  factory: IDBFactory | undefined = globalThis.indexedDB,
): Promise<Archive | undefined> {
  if (!factory) return undefined;
  let db: IDBDatabase;
  try {
    db = await open(factory);
  } catch {
    return undefined;
  }
  return {
    async list() {
      const transaction = db.transaction(storeName, 'readonly');
      const request = transaction.objectStore(storeName).getAll();
      await transactionDone(transaction);
      return (request.result as unknown[]).map(asRecord);
    },
    async add(text, archivedAt) {
      const record = { id: `${archivedAt}-${crypto.randomUUID()}`, archivedAt, text };
      const transaction = db.transaction(storeName, 'readwrite', { durability: 'strict' });
      transaction.objectStore(storeName).add(record);
      await transactionDone(transaction);
      return record;
    },
    async remove(id) {
      const transaction = db.transaction(storeName, 'readwrite', { durability: 'strict' });
      transaction.objectStore(storeName).delete(id);
      await transactionDone(transaction);
    },
  };
}
