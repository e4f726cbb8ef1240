import { describe, expect, it } from 'vitest';
import { saveFinished } from '../../src/features/assessments/save-finished';
import type { Archive, ArchivedRecord } from '../../src/state/archive';
import { regionYears } from '../scoring/series';

/** The archive's interface over an array, as IndexedDB would keep it. */
function memoryArchive(): Archive & { records: ArchivedRecord[] } {
  const records: ArchivedRecord[] = [];
  return {
    records,
    list: async () => [...records],
    add: async (text, archivedAt) => {
      const record = { id: String(records.length), archivedAt, text };
      records.push(record);
      return record;
    },
    remove: async (id) =>
      void records.splice(
        records.findIndex((r) => r.id === id),
        1,
      ),
  };
}

describe('saving a finished assessment', () => {
  const { y2024, y2025 } = regionYears();

  it('keeps one copy of the same assessment saved twice, and says it was already saved', async () => {
    const archive = memoryArchive();
    expect(await saveFinished(archive, y2024, '2026-12-06T08:00:00Z')).toBe('saved');
    expect(await saveFinished(archive, { ...y2024 }, '2026-12-06T08:01:00Z')).toBe('already-saved');
    expect(archive.records).toHaveLength(1);
  });

  it('keeps another assessment, and the same answers saved at another date', async () => {
    const archive = memoryArchive();
    await saveFinished(archive, y2024, '2026-12-06T08:00:00Z');
    expect(await saveFinished(archive, y2025, '2026-12-06T08:01:00Z')).toBe('saved');
    expect(
      await saveFinished(archive, { ...y2024, savedAt: '2024-11-19T10:00:00+01:00' }, '2026-12-06T08:02:00Z'),
    ).toBe('saved');
    expect(archive.records).toHaveLength(3);
  });
});
