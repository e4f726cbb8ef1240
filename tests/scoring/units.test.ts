import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess, compareUnits, verdictOf } from '../../scoring';
import { loadFixture } from '../fixtures';
import { assessment, unitFile } from './series';

const municipality = loadFixture('nis2-mature-no-sustainability');
const technical = unitFile(municipality, 'Teknik og Miljø', { 'cyber-mature': 'low', 'genai-strategy': 'high' });
const children = unitFile(municipality, 'Børn og Unge', { 'cyber-mature': 'high', 'genai-strategy': 'not-at-all' });
const culture = unitFile(municipality, 'Kultur og Fritid', { 'cyber-mature': 'some' });
const three = [assessment('tm.json', technical), assessment('kf.json', culture), assessment('bu.json', children)];

const comparisonOf = (...files: Parameters<typeof compareUnits>[1]) => {
  const reading = compareUnits(bank, files);
  if (!reading.ok) throw new Error(reading.problem.code);
  return reading.comparison;
};

describe('units side by side', () => {
  it('gives each unit’s scores side by side, as each file scores alone, never merged', () => {
    const { organisation, units } = comparisonOf(...three);
    expect(organisation).toBe('Vestkyst Forsyningskommune');
    expect(units.map((u) => u.unit)).toEqual(['Børn og Unge', 'Kultur og Fritid', 'Teknik og Miljø']);
    for (const [unit, file] of [
      [units[0]!, children],
      [units[1]!, culture],
      [units[2]!, technical],
    ] as const) {
      expect(unit.scores).toEqual(
        assess(bank, file.answers).scores.map((s) => ({ sectionId: s.sectionId, value: s.value })),
      );
    }
    const cyber = (i: number) => units[i]!.scores.find((s) => s.sectionId === 'cybersecurity')!.value!;
    expect(cyber(0)).toBeGreaterThan(cyber(1));
    expect(cyber(1)).toBeGreaterThan(cyber(2));
  });

  it('gives each unit’s standing against the national figures per maturity area', () => {
    const { units } = comparisonOf(...three);
    const verdict = verdictOf(bank, technical.answers, assess(bank, technical.answers));
    const cyber = verdict.areas.find((a) => a.sectionId === 'cybersecurity')!;
    expect(units[2]!.standing.find((s) => s.sectionId === 'cybersecurity')).toEqual({
      sectionId: 'cybersecurity',
      better: cyber.better.length,
      level: cyber.level.length,
      worse: cyber.worse.length,
    });
  });

  it('names the areas where the units differ most, widest first', () => {
    const { differences } = comparisonOf(...three);
    expect(differences.map((d) => d.sectionId).slice(0, 2)).toEqual(['genai', 'cybersecurity']);
    expect(differences[0]).toMatchObject({ highest: { unit: 'Teknik og Miljø' }, lowest: { unit: 'Børn og Unge' } });
    expect(differences[0]!.spread).toBeCloseTo(differences[0]!.highest.value - differences[0]!.lowest.value, 10);
  });

  it('refuses files of other organisations, naming each with its files and their units', () => {
    const other = unitFile(loadFixture('small-municipality-starting'), 'Teknik og Miljø');
    expect(compareUnits(bank, [...three, assessment('lille-tm.json', other)])).toEqual({
      ok: false,
      problem: {
        code: 'other-organisations',
        groups: [
          {
            name: 'Vestkyst Forsyningskommune',
            labels: ['Teknik og Miljø (tm.json)', 'Kultur og Fritid (kf.json)', 'Børn og Unge (bu.json)'],
          },
          { name: 'Lille Sønderå Kommune', labels: ['Teknik og Miljø (lille-tm.json)'] },
        ],
      },
    });
  });

  it('names a file given twice, and uses the latest of a unit’s files, naming the earlier', () => {
    const older = { ...technical, savedAt: '2025-11-20T14:05:00+01:00' };
    const { units, repeats, replaced } = comparisonOf(
      assessment('tm-2025.json', older),
      ...three,
      assessment('tm-kopi.json', { ...technical }),
    );
    expect(units).toHaveLength(3);
    expect(repeats).toEqual([{ label: 'tm-kopi.json', sameAs: 'tm.json' }]);
    expect(replaced).toEqual([{ label: 'tm-2025.json', unit: 'Teknik og Miljø', by: 'tm.json' }]);
  });

  it('needs two units, and takes a file without a unit as the whole organisation, by its name', () => {
    expect(compareUnits(bank, [three[0]!, assessment('kopi.json', { ...technical })])).toEqual({
      ok: false,
      problem: { code: 'too-few', count: 1 },
    });
    const whole = comparisonOf(three[0]!, assessment('hele-kommunen.json', municipality));
    expect(whole.units.map((u) => u.unit)).toEqual(['Teknik og Miljø', 'Vestkyst Forsyningskommune']);
    // Two years of the whole organisation are one unit at two times: a trend, not two units.
    const earlier = { ...municipality, savedAt: '2025-11-20T14:05:00+01:00' };
    expect(compareUnits(bank, [assessment('2026.json', municipality), assessment('2025.json', earlier)])).toEqual({
      ok: false,
      problem: { code: 'too-few', count: 1 },
    });
  });
});
