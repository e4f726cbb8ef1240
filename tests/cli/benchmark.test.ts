import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { readPeerPack } from '../../questions/peer-pack';
import { assessCommand } from '../../src/cli/assess';
import { benchmarkCommand } from '../../src/cli/benchmark';
import { organisationFile, thirtyThree } from '../scoring/peer-organisations';

const dir = mkdtempSync(join(tmpdir(), 'parat-benchmark-'));
const save = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const organisations = thirtyThree().map((file, i) => save(`org-${i}.json`, file));
const broken = save('broken.json', '{"format": "parat-answers"');
const packPath = join(dir, 'pack.json');
const made = benchmarkCommand(
  [...organisations, broken, '--out', packPath, '--by', 'Netværket'],
  new Date('2026-11-23'),
);

describe('npm run benchmark', () => {
  it('makes a pack from the files it can read, names each it skips, and says how many it used', () => {
    expect(made.code).toBe(0);
    expect(made.stderr).toBe(
      `Sprunget over: ${broken} er ikke en gyldig JSON-fil, så den kan ikke være en svarfil fra Parat.\n`,
    );
    expect(made.stdout).toContain(`Pakken er gemt i ${packPath}: 33 organisationer er talt med ud af 34 filer.`);
    expect(made.stdout).toContain('  kommuner: 25 organisationer');
    const reading = readPeerPack(readFileSync(packPath, 'utf8'), bank);
    expect(reading.ok && reading.pack).toMatchObject({ madeBy: 'Netværket', madeIn: '2026-11', files: 33, minimum: 5 });
  });

  it('writes no pack from fewer organisations than the minimum, and no minimum under 3', () => {
    const out = join(dir, 'few.json');
    const few = benchmarkCommand([...organisations.slice(0, 6), '--out', out, '--min', '7', '--lang', 'en']);
    expect(few).toEqual({
      code: 2,
      stdout: '',
      stderr: 'No pack was saved: only 6 organisations can be counted, and a pack needs at least 7.\n',
    });
    expect(existsSync(out)).toBe(false);
    expect(benchmarkCommand([...organisations, '--out', out, '--min', '2']).stderr).toContain(
      '--min skal være et helt tal på mindst 3, ikke »2«.',
    );
    expect(benchmarkCommand([...organisations, '--out', out, '--min', '5.5']).code).toBe(2);
    expect(benchmarkCommand([...organisations]).stderr).toContain('Angiv med --out, hvor pakken skal gemmes.');
  });
});

describe('npm run assess -- --benchmark', () => {
  it('shows a municipality the median of the 25 with n = 25, in the summary and the JSON', async () => {
    const me = save('me.json', organisationFile('Midtby Kommune', 'municipality', '10000-plus', 4242));
    const out = join(dir, 'me-result.json');
    const { code, stdout } = await assessCommand([me, '--benchmark', packPath, '--json', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('Ved siden af landstallet: kommuner i pakken fra Netværket (n = 25).');
    const json = JSON.parse(readFileSync(out, 'utf8')) as { peers: { areas: object[] } };
    expect(json.peers.areas).toContainEqual({
      sectionId: 'cybersecurity',
      median: expect.any(Number),
      q1: expect.any(Number),
      q3: expect.any(Number),
      n: 25,
      segment: { sector: 'municipality' },
      value: expect.any(Number),
    });
  });

  it('shows a state body nothing, and says why', async () => {
    const state = save('state.json', organisationFile('Ny Styrelse', 'state', '500-1999', 4243));
    const { code, stdout } = await assessCommand([state, '--benchmark', packPath, '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      'The pack has no figures for state bodies: fewer than 5 of them took part, and then no single organisation could be hidden in the figures.',
    );
  });

  it('refuses a corrupt or hostile pack with one line, and scores nothing', async () => {
    const me = save('me2.json', organisationFile('Midtby Kommune', 'municipality', '10000-plus', 4242));
    const pack = JSON.parse(readFileSync(packPath, 'utf8')) as { segments: { n: number }[] };
    pack.segments[0]!.n = 4;
    for (const [content, line] of [
      ['[', 'Filen er ikke gyldig JSON, så den kan ikke være en sammenligningspakke fra Parat.'],
      [JSON.stringify(pack), 'Pakken har tal, der bygger på færre end de 5 organisationer, den selv siger er mindst.'],
    ] as const) {
      const path = save('bad-pack.json', content);
      const output = await assessCommand([me, '--benchmark', path]);
      expect(output.code).toBe(2);
      expect(output.stdout).toBe('');
      expect(output.stderr).toContain(`${path}: ${line}`);
      expect(output.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
