import type { Page } from 'playwright-core';

/** Puts records into the archive of finished assessments, as saving them in earlier visits (or versions) left them. */
export async function putArchived(page: Page, records: { id: string; archivedAt: string; text: string }[]) {
  await page.evaluate(async (all) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('parat-assessments', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('assessments', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = db.transaction('assessments', 'readwrite');
    for (const record of all) transaction.objectStore('assessments').put(record);
    await new Promise((resolve) => (transaction.oncomplete = resolve));
    db.close();
  }, records);
}

/** An answers file as the archive keeps it. */
export const archived = <F extends { savedAt?: string }>(id: string, file: F) => ({
  id,
  archivedAt: file.savedAt ?? '2026-01-01T00:00:00Z',
  text: JSON.stringify(file),
});
