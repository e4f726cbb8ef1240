import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import type { WorkshopFile } from '../../questions/workshop-file';
import { assessCommand } from '../../src/cli/assess';
import { fixturePath, loadFixture } from '../fixtures';

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
});
