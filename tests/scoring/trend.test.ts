import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess, trendOf } from '../../scoring';
import { loadFixture } from '../fixtures';
import { assessment, regionYears, unitFile } from './series';

const { y2024, y2025, y2026 } = regionYears();
const outOfOrder = [assessment('2025.json', y2025), assessment('2026.json', y2026), assessment('2024.json', y2024)];

const trendOfFiles = (...files: Parameters<typeof trendOf>[1]) => {
  const reading = trendOf(bank, files);
  if (!reading.ok) throw new Error(reading.problem.code);
  return reading.trend;
};

describe('a trend over several assessments', () => {
  it('gives each area’s score per year in date order, equal to what each file scores alone', () => {
    const trend = trendOfFiles(...outOfOrder);
    expect(trend.assessments.map((a) => a.label)).toEqual(['2024.json', '2025.json', '2026.json']);
    const alone = [y2024, y2025, y2026].map((file) => assess(bank, file.answers).scores);
    for (const section of trend.trend) {
      expect(
        section.points.map((p) => p.date),
        section.sectionId,
      ).toEqual([y2024.savedAt, y2025.savedAt, y2026.savedAt]);
      expect(section.points.map((p) => p.value)).toEqual(
        alone.map((scores) => scores.find((s) => s.sectionId === section.sectionId)!.value),
      );
    }
    expect(trend.trend.map((s) => s.sectionId)).toContain('cybersecurity');
    // A technology this region has not taken up has no score in any year, and no line.
    expect(trend.trend.map((s) => s.sectionId)).not.toContain('technology-drones');
  });

  it('names the largest moves both ways, from the first assessment to the last', () => {
    const { moves } = trendOfFiles(...outOfOrder);
    expect(moves.better[0]).toMatchObject({ sectionId: 'cybersecurity', kind: 'maturity-area' });
    expect(moves.better[0]!.change).toBeGreaterThan(0);
    // Higher legal barrier pressure is worse.
    expect(moves.worse.map((m) => m.sectionId)).toEqual(['barriers-legal']);
    expect(moves.worse[0]!.change).toBeGreaterThan(0);
  });

  it('follows each action of an earlier plan from status to status', () => {
    const { actions } = trendOfFiles(...outOfOrder);
    expect(actions).toEqual([
      {
        id: 'own-beredskab',
        title: 'Test af beredskabsplanen',
        statuses: [
          { date: y2024.savedAt, status: 'not-started' },
          { date: y2025.savedAt, status: 'in-progress' },
          { date: y2026.savedAt, status: 'done' },
        ],
        stillPlanned: true,
      },
    ]);
  });

  it('says how comparable each pair is, and names a different bank version', () => {
    const fewer = { ...y2025, answers: Object.fromEntries(Object.entries(y2025.answers).slice(0, 40)) };
    const { comparability } = trendOfFiles(
      assessment('2024.json', y2024, 2),
      assessment('2025.json', fewer),
      assessment('2026.json', y2026),
    );
    expect(comparability).toHaveLength(2);
    const [first, second] = comparability as [(typeof comparability)[0], (typeof comparability)[0]];
    expect(first).toMatchObject({ from: y2024.savedAt, to: y2025.savedAt, bankVersions: [2, bank.version] });
    expect(first.share).toBeLessThan(1);
    expect(first.share).toBeCloseTo(first.both / first.either, 10);
    expect(second.bankVersions).toBeUndefined();
    const full = trendOfFiles(...outOfOrder).comparability;
    expect(full.every((pair) => pair.share === 1)).toBe(true);
  });

  it('refuses files of different organisations, naming each with its files', () => {
    const other = loadFixture('small-municipality-starting');
    const reading = trendOf(bank, [...outOfOrder, assessment('lille.json', other)]);
    expect(reading).toEqual({
      ok: false,
      problem: {
        code: 'different-organisations',
        groups: [
          { name: 'Region Østerhavn', labels: ['2025.json', '2026.json', '2024.json'] },
          { name: 'Lille Sønderå Kommune', labels: ['lille.json'] },
        ],
      },
    });
  });

  it('refuses another unit of the same organisation, but not a name typed in other letter case or spacing', () => {
    const unit = trendOf(bank, [...outOfOrder, assessment('hr.json', unitFile(y2026, 'HR'))]);
    expect(unit.ok || unit.problem).toMatchObject({ code: 'different-organisations' });
    const retyped = { ...y2026, answers: { ...y2026.answers, 'organisation-name': ' region  østerhavn' } };
    expect(trendOf(bank, [assessment('a.json', y2024), assessment('b.json', retyped)]).ok).toBe(true);
  });

  it('names a file given twice and counts it once', () => {
    const trend = trendOfFiles(...outOfOrder, assessment('kopi af 2025.json', { ...y2025 }));
    expect(trend.assessments).toHaveLength(3);
    expect(trend.repeats).toEqual([{ label: 'kopi af 2025.json', sameAs: '2025.json' }]);
    expect(trendOf(bank, [assessment('a.json', y2024), assessment('b.json', y2024)])).toEqual({
      ok: false,
      problem: { code: 'too-few', count: 1 },
    });
  });

  it('refuses an assessment without the time it was saved, naming it', () => {
    const undated = { ...y2025, savedAt: undefined };
    expect(trendOf(bank, [...outOfOrder, assessment('udateret.json', undated)])).toEqual({
      ok: false,
      problem: { code: 'no-date', label: 'udateret.json' },
    });
  });
});
