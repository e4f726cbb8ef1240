import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import type { WorkshopFile } from '../../questions/workshop-file';
import { assessCommand } from '../../src/cli/assess';
import { benchmarkCommand } from '../../src/cli/benchmark';
import { fixturePath, loadFixture } from '../fixtures';
import { thirtyThree } from '../scoring/peer-organisations';

const dir = mkdtempSync(join(tmpdir(), 'parat-cli-workshop-'));
const names = ['small-municipality-starting', 'large-region-rpa', 'state-agency-ml-legal'] as const;
const workshop = (extra: Partial<WorkshopFile> = {}): WorkshopFile => ({
  format: 'parat-workshop',
  version: 1,
  bankVersion: bank.version,
  id: 'w-bakkedal',
  name: 'Bakkedal Kommune',
  date: '2026-12-06',
  participants: names.map((n, i) => ({ key: `p${i}`, name: `Navn ${i}`, role: 'Ledelse', file: loadFixture(n) })),
  decisions: { 'data-storage-rules': { answer: 'low', note: 'Afklaret med DPO' } },
  plan: {},
  ...extra,
});
const saved = (file: object, name = 'workshop.json') => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(file));
  return path;
};

describe('npm run assess with a saved workshop', () => {
  it('assesses the workshop a saved file holds, with its decisions, and names no participant', async () => {
    const { code, stdout, stderr } = await assessCommand([saved(workshop())]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Parat: Bakkedal Kommune, workshop med 3 deltagere');
    expect(stdout).toContain('Ledelse: 3 deltagere');
    expect(stdout).toContain('Aftalt: I lav grad. Note: Afklaret med DPO');
    expect(stdout).toContain('Gruppens resultat: det aftalte svar på 1 spørgsmål, ellers medianen af svarene');
    expect(stdout).not.toMatch(/Navn \d/);
  });

  it('adds answers files given beside it as participants', async () => {
    const { stdout } = await assessCommand([saved(workshop()), fixturePath('large-region-rpa')]);
    expect(stdout).toContain('workshop med 4 deltagere');
  });

  it('says on stderr what reading changed, such as a decision on a question not in the bank', async () => {
    const file = workshop({ decisions: { 'cloud-strategy': { answer: 'high' } } });
    const { code, stderr } = await assessCommand([saved(file, 'dropped.json'), '--lang', 'en']);
    expect(code).toBe(0);
    expect(stderr).toBe(
      `${join(dir, 'dropped.json')}: A decision on »cloud-strategy« has been left out: the question is not in this version of Parat.\n`,
    );
  });

  it('refuses a workshop from a newer Parat, and two workshops at once, each in one line', async () => {
    const newer = await assessCommand([saved(workshop({ version: 2 }), 'newer.json')]);
    expect(newer.code).toBe(2);
    expect(newer.stderr).toBe(
      `${join(dir, 'newer.json')}: Workshoppen er gemt af en nyere version af Parat. Brug den nye version for at åbne den.\n`,
    );
    const two = await assessCommand([saved(workshop(), 'a.json'), saved(workshop(), 'b.json')]);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/^Angiv højst én gemt workshop\./);
  });

  it('refuses a saved workshop with --trend, --units or --benchmark, naming it: its participants are one assessment', async () => {
    const path = saved(workshop(), 'meeting.json');
    const files = [fixturePath('large-region-rpa'), path];
    for (const mode of ['--trend', '--units']) {
      const refused = await assessCommand([...files, mode, '--lang', 'en']);
      expect(refused.code, mode).toBe(2);
      expect(refused.stderr, mode).toContain(
        `${path} is a saved workshop; --trend and --units set answers files side by side. Usage:`,
      );
    }
    const organisations = thirtyThree().map((file, i) => saved(file, `org-${i}.json`));
    const pack = join(dir, 'pack.json');
    // benchmark counts organisations: a workshop given with them is skipped and named, not read as one more.
    const made = benchmarkCommand([...organisations, path, '--out', pack, '--lang', 'en']);
    expect(made.code).toBe(0);
    expect(made.stderr).toBe(
      `Skipped: ${path} is not a Parat answers file: the "format" field must be "parat-answers".\n`,
    );
    const compared = await assessCommand([path, '--benchmark', pack, '--lang', 'en']);
    expect(compared.code).toBe(2);
    expect(compared.stderr).toMatch(/^--benchmark compares one answers file with organisations like it/);
  });
});
