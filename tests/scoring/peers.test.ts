import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess, makePeerPack, peerComparison } from '../../scoring';
import { quantile } from '../../scoring/quantiles';
import { organisationFile, recordOf, thirtyThree } from './peer-organisations';

const files = thirtyThree();
const made = makePeerPack(bank, files.map(recordOf), { minimum: 5, madeIn: '2026-11', madeBy: 'KL-netværket' });
if (!made.ok) throw new Error(made.problem.code);
const { pack } = made;
const scoresOf = (sector: string) =>
  files.filter((f) => f.answers.sector === sector).map((f) => assess(bank, f.answers).scores);
const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );

const beside = (file: ReturnType<typeof organisationFile>) =>
  peerComparison(pack, file.answers, assess(bank, file.answers).scores);

describe('a peer pack from 33 organisations', () => {
  it('shows a municipality the median of the 25 municipalities, with n = 25', () => {
    const municipality = organisationFile('Ny Kommune', 'municipality', '10000-plus', 999);
    const comparison = beside(municipality);
    if (!comparison.ok) throw new Error(comparison.reason);
    expect(comparison).toMatchObject({ segment: { sector: 'municipality' }, n: 25 });
    const cyber = comparison.areas.find((a) => a.sectionId === 'cybersecurity')!;
    const values = scoresOf('municipality').map((s) => s.find((x) => x.sectionId === 'cybersecurity')!.value!);
    expect(cyber).toMatchObject({ n: 25, segment: { sector: 'municipality' } });
    expect(cyber.median).toBeCloseTo(median(values), 1);
  });

  it('shows a region the median of the 5 regions', () => {
    const comparison = beside(organisationFile('Ny Region', 'region', '10000-plus', 998));
    if (!comparison.ok) throw new Error(comparison.reason);
    const values = scoresOf('region').map((s) => s.find((x) => x.sectionId === 'genai')!.value!);
    expect(comparison.n).toBe(5);
    expect(comparison.areas.find((a) => a.sectionId === 'genai')).toMatchObject({ n: 5 });
    expect(comparison.areas.find((a) => a.sectionId === 'genai')!.median).toBeCloseTo(median(values), 1);
  });

  it('shows a state body nothing, and says why: fewer than five state bodies took part', () => {
    expect(beside(organisationFile('Ny Styrelse', 'state', '500-1999', 997))).toEqual({
      ok: false,
      reason: 'no-segment',
      sector: 'state',
      minimum: 5,
    });
    expect(pack.segments.some((s) => s.sector === 'state')).toBe(false);
  });

  it('shows a municipality in a size band large enough that band, and never a band that would give away the rest', () => {
    const small = beside(organisationFile('Lille Ny Kommune', 'municipality', 'under-500', 996));
    expect(small).toMatchObject({ ok: true, n: 12, segment: { sector: 'municipality', size: 'under-500' } });
    // 500-1,999 has 11 municipalities, but with it published the 25 minus 12 minus 11 would show the two largest.
    expect(pack.segments.map((s) => [s.sector, s.size, s.n])).toEqual([
      ['municipality', undefined, 25],
      ['municipality', 'under-500', 12],
      ['region', undefined, 5],
      ['region', '10000-plus', 5],
    ]);
  });

  it('says who made it, when to the month, from how many files, for which bank version, and with what minimum', () => {
    expect(pack).toMatchObject({
      format: 'parat-peer-pack',
      version: 1,
      bankVersion: bank.version,
      madeBy: 'KL-netværket',
      madeIn: '2026-11',
      period: { from: '2026-10', to: '2026-10' },
      files: 33,
      minimum: 5,
    });
  });

  it('gives no pack from fewer organisations than the minimum, nor with a minimum under 3', () => {
    const few = makePeerPack(bank, files.slice(0, 4).map(recordOf), { minimum: 5, madeIn: '2026-11' });
    expect(few).toMatchObject({ ok: false, problem: { code: 'too-few', used: 4, minimum: 5 } });
    expect(makePeerPack(bank, files.map(recordOf), { minimum: 2, madeIn: '2026-11' })).toMatchObject({
      ok: false,
      problem: { code: 'bad-minimum', minimum: 2 },
    });
  });

  it('counts an organisation once, its latest file, and names the files it leaves out', () => {
    const [first, second] = files as [(typeof files)[0], (typeof files)[0]];
    const older = { ...first, savedAt: '2025-10-01T10:00:00+02:00', answers: { ...first.answers, unit: 'HR' } };
    const unnamed = { ...second, answers: { ...second.answers, 'organisation-name': ' ' } };
    const noSector = organisationFile('Uden sektor', 'municipality', 'under-500', 5);
    delete (noSector.answers as Record<string, string>).sector;
    const result = makePeerPack(
      bank,
      [...files, older, { ...first }, unnamed, noSector].map(recordOf).map((r, i) => ({ ...r, label: `${i}.json` })),
      { minimum: 5, madeIn: '2026-11' },
    );
    expect(result.ok && result.pack.files).toBe(33);
    expect(result.leftOut).toEqual([
      { label: '33.json', reason: 'same-organisation', instead: '0.json' },
      { label: '34.json', reason: 'repeat', instead: '0.json' },
      { label: '35.json', reason: 'no-name' },
      { label: '36.json', reason: 'no-sector' },
    ]);
  });
});
