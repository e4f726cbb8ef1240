import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { assess, shownScaleQuestions } from '../../scoring';
import { assessCommand } from '../../src/cli/assess';
import { loadFixture } from '../fixtures';
import { regionYears, unitFile } from '../scoring/series';

const dir = mkdtempSync(join(tmpdir(), 'parat-series-'));
const save = (name: string, file: AnswersFile) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(file));
  return path;
};
const { y2024, y2025, y2026 } = regionYears();
const years = { y2024: save('2024.json', y2024), y2025: save('2025.json', y2025), y2026: save('2026.json', y2026) };
const municipality = loadFixture('nis2-mature-no-sustainability');
const units = {
  tm: unitFile(municipality, 'Teknik og Miljø', { 'cyber-mature': 'low' }),
  bu: unitFile(municipality, 'Børn og Unge', { 'cyber-mature': 'high' }),
  kf: unitFile(municipality, 'Kultur og Fritid'),
};
const unitPaths = Object.entries(units).map(([name, file]) => save(`${name}.json`, file));

describe('npm run assess -- --trend', () => {
  it('writes each area’s score per year in date order, as each file scores alone, whatever order given', async () => {
    const out = join(dir, 'trend.json');
    const { code, stdout } = await assessCommand(['--trend', years.y2026, years.y2024, years.y2025, '--json', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('Parat: udvikling for Region Østerhavn (3 vurderinger)');
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      trend: { sectionId: string; points: { date: string; value: number | null }[] }[];
    };
    const alone = [y2024, y2025, y2026].map((f) => assess(bank, f.answers).scores);
    const cyber = json.trend.find((s) => s.sectionId === 'cybersecurity')!;
    expect(cyber.points).toEqual(
      [y2024, y2025, y2026].map((f, i) => ({
        date: f.savedAt,
        value: alone[i]!.find((s) => s.sectionId === 'cybersecurity')!.value,
      })),
    );
    expect(stdout).toMatch(/Cybersikkerhed og NIS2\s+79\s+87\s+92/);
    expect(stdout).toContain('Test af beredskabsplanen: Ikke startet (18.11.2024), I gang (17.11.2025)');
  });

  it('refuses files of different organisations with one line naming them, and exit code 2', async () => {
    const other = save('lille.json', loadFixture('small-municipality-starting'));
    const { code, stdout, stderr } = await assessCommand(['--trend', years.y2024, other, '--lang', 'en']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `The assessments are not of the same organisation and unit: Region Østerhavn: ${years.y2024}; ` +
        `Lille Sønderå Kommune: ${other}. A trend follows one unit of one organisation.\n`,
    );
  });

  it('names a file given twice and counts it once', async () => {
    const { code, stdout } = await assessCommand(['--trend', years.y2024, years.y2025, years.y2024]);
    expect(code).toBe(0);
    expect(stdout).toContain('(2 vurderinger)');
    expect(stdout).toContain(`${years.y2024} er den samme vurdering som ${years.y2024} og tælles kun én gang.`);
  });
});

describe('npm run assess -- --units', () => {
  it('writes each unit’s scores side by side and a long-format CSV, one row per unit, area and question', async () => {
    const out = join(dir, 'units.json');
    const csvPath = join(dir, 'units.csv');
    const { code, stdout } = await assessCommand(['--units', ...unitPaths, '--json', out, '--csv', csvPath]);
    expect(code).toBe(0);
    expect(stdout).toContain('Parat: enheder i Vestkyst Forsyningskommune (3 enheder)');
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      units: { unit: string; scores: { sectionId: string; value: number | null }[] }[];
    };
    expect(json.units.map((u) => u.unit)).toEqual(['Børn og Unge', 'Kultur og Fritid', 'Teknik og Miljø']);
    expect(json.units[2]!.scores).toEqual(
      assess(bank, units.tm.answers).scores.map((s) => ({ sectionId: s.sectionId, value: s.value })),
    );
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv.startsWith('\uFEFF"Organisation";"Enhed";"Gemt";"Område-id"')).toBe(true);
    const rows = csv.trim().split('\r\n').slice(1);
    const shown = bank.sections.flatMap((s) => (s.kind === 'profile' ? [] : shownScaleQuestions(s, units.tm.answers)));
    expect(rows).toHaveLength(3 * shown.length);
    expect(rows).toContainEqual(
      expect.stringMatching(
        /^"Vestkyst Forsyningskommune";"Teknik og Miljø";"2026-11-20";"cybersecurity";"Cybersikkerhed og NIS2";\d+;"cyber-mature";"[^"]+";"low";"I lav grad";"[^"]+"$/,
      ),
    );
  });

  it('refuses files of other organisations, naming them', async () => {
    const { code, stderr } = await assessCommand(['--units', ...unitPaths, years.y2024]);
    expect(code).toBe(2);
    expect(stderr).toContain('Region Østerhavn');
    expect(stderr).toContain(years.y2024);
  });

  it('takes --csv only with --units, and one of --workshop, --trend and --units', async () => {
    expect((await assessCommand([years.y2024, '--csv', join(dir, 'x.csv')])).code).toBe(2);
    const both = await assessCommand(['--trend', '--units', years.y2024, years.y2025]);
    expect(both.stderr).toContain('Vælg højst én af --workshop, --trend og --units.');
  });
});
