import { maxImportBytes, readIncoming, type Incoming } from './incoming';

export interface ReadFile {
  fileName: string;
  incoming: Incoming;
}

// Chromium reads each Blob through a round trip of its own: a thousand dropped files took over a second one by
// one and a tenth of that as one Blob. Batches stay small enough to hold in memory at once.
const batchBytes = 64 * 1024 * 1024;

/**
 * Reads and checks the answer files a user chose or dropped, in their order. A file over the size limit is
 * refused without being read; one the browser cannot read (moved or deleted since it was chosen) is refused too.
 */
export async function readAnswerFiles(files: readonly File[]): Promise<ReadFile[]> {
  const texts = await readFileTexts(files);
  return files.map((file, i) => {
    const text = texts[i];
    return {
      fileName: file.name,
      incoming: text === undefined ? { ok: false, problem: { code: 'unreadable' } } : readIncoming(text, file.size),
    };
  });
}

/**
 * The files' texts, in their order: undefined for one the browser cannot read, and empty for one over the size
 * limit, which is not read at all (readIncoming refuses it by its size).
 */
export async function readFileTexts(files: readonly File[]): Promise<(string | undefined)[]> {
  const texts = new Map<File, string | undefined>();
  for (const batch of batches(files.filter((file) => file.size <= maxImportBytes))) {
    for (const [file, text] of await readBatch(batch)) texts.set(file, text);
  }
  return files.map((file) => (file.size > maxImportBytes ? '' : texts.get(file)));
}

function batches(files: File[]): File[][] {
  const result: File[][] = [];
  let current: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && bytes + file.size > batchBytes) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

async function readBatch(batch: File[]): Promise<[File, string | undefined][]> {
  try {
    const buffer = await new Blob(batch).arrayBuffer();
    const decoder = new TextDecoder();
    let offset = 0;
    return batch.map((file) => {
      const text = decoder.decode(new Uint8Array(buffer, offset, file.size));
      offset += file.size;
      return [file, text];
    });
  } catch {
    // One unreadable file fails the whole batch: read them one by one to find it.
    return Promise.all(
      batch.map(async (file): Promise<[File, string | undefined]> => [file, await file.text().catch(() => undefined)]),
    );
  }
}
