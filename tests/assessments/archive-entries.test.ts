import { describe, expect, it } from 'vitest';
import { readArchive } from '../../src/features/assessments/archive-entries';
import { loadFixture } from '../fixtures';
import { regionYears, unitFile } from '../scoring/series';

const { y2024, y2025, y2026 } = regionYears();
const record = (id: string, file: object, archivedAt = '2026-12-01T10:00:00Z') => ({
  id,
  archivedAt,
  text: JSON.stringify(file),
});

describe('reading the finished assessments kept in this browser', () => {
  it('lists them by organisation and unit, alphabetically, newest first within each', () => {
    const municipality = loadFixture('nis2-mature-no-sustainability');
    const { groups } = readArchive([
      record('a', y2024),
      record('tm', unitFile(municipality, 'Teknik og Miljø')),
      record('c', y2026),
      record('bu', unitFile(municipality, 'Børn og Unge')),
      record('b', y2025),
    ]);
    expect(groups.map((g) => [g.organisation, g.unit, g.entries.map((e) => e.id)])).toEqual([
      ['Region Østerhavn', '', ['c', 'b', 'a']],
      ['Vestkyst Forsyningskommune', 'Børn og Unge', ['bu']],
      ['Vestkyst Forsyningskommune', 'Teknik og Miljø', ['tm']],
    ]);
  });

  it('reads a copy saved by an older bank version as an imported file, and says which version it was', () => {
    const { groups } = readArchive([record('old', { ...y2024, bankVersion: 3 })]);
    expect(groups[0]?.entries[0]).toMatchObject({ madeWith: 3, file: { bankVersion: y2024.bankVersion } });
  });

  it('keeps a copy it cannot read, as it is, apart from the rest', () => {
    const broken = { id: 'x', archivedAt: '2026-01-05T10:00:00Z', text: '{"format":"parat-answers"' };
    const newer = record('n', { ...y2024, bankVersion: 99 });
    const { groups, unreadable } = readArchive([broken, newer, record('a', y2024)]);
    expect(unreadable).toEqual([broken, newer]);
    expect(groups.flatMap((g) => g.entries.map((e) => e.id))).toEqual(['a']);
  });
});
