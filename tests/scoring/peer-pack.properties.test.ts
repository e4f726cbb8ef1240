import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { readPeerPack, type PackSegment, type PeerPack } from '../../questions/peer-pack';
import { sectors } from '../../questions/sectors';
import { makePeerPack } from '../../scoring';
import { organisationFile, recordOf } from './peer-organisations';

const sizes = ['under-500', '500-1999', '2000-9999', '10000-plus'];

/**
 * Any group of organisations a network might collect: names from a small pool (so one organisation sends several
 * files), any sector and size or none, answers of their own, every name, unit, note and plan marked SECRET, and
 * saved at any second of two years.
 */
const population = fc.array(
  fc.record({
    name: fc.integer({ min: 0, max: 40 }),
    // Most in one sector and two size bands, so that bands large enough to publish, and rests, are common.
    sector: fc.option(fc.oneof({ arbitrary: fc.constant('municipality'), weight: 6 }, fc.constantFrom(...sectors)), {
      freq: 10,
    }),
    size: fc.option(
      fc.oneof({ arbitrary: fc.constantFrom(...sizes.slice(0, 2)), weight: 4 }, fc.constantFrom(...sizes)),
      {
        freq: 8,
      },
    ),
    seed: fc.nat(),
    second: fc.integer({ min: 0, max: 2 * 365 * 24 * 3600 }),
  }),
  { minLength: 3, maxLength: 80 },
);

type Organisation = { name: number; sector: string | null; size: string | null; seed: number; second: number };

function toRecords(organisations: Organisation[]) {
  return organisations.map((o, i) => {
    const savedAt = new Date(Date.UTC(2025, 0, 1) + o.second * 1000).toISOString();
    const file = organisationFile(`SECRET-${o.name}`, 'municipality', 'under-500', o.seed, savedAt);
    const answers: Record<string, string> = { ...file.answers };
    if (o.sector) answers.sector = o.sector;
    else delete answers.sector;
    if (o.size) answers.size = o.size;
    else delete answers.size;
    return { ...recordOf({ ...file, answers }), label: `${i}.json` };
  });
}

const cells = (s: PackSegment) => [s, ...s.areas, ...s.questions];
const cellN = (s: PackSegment | undefined, id: string) =>
  (s?.areas.find((a) => a.sectionId === id) ?? s?.questions.find((q) => q.questionId === id))?.n ?? 0;

function made(organisations: Organisation[], minimum: number): PeerPack | undefined {
  const result = makePeerPack(bank, toRecords(organisations), { minimum, madeIn: '2026-11', madeBy: 'Netværket' });
  return result.ok ? result.pack : undefined;
}

describe('a peer pack, whatever organisations it is made from', () => {
  it('never holds a cell of fewer organisations than its minimum, and never fewer than 3', () => {
    fc.assert(
      fc.property(population, fc.integer({ min: 3, max: 8 }), (organisations, minimum) => {
        const pack = made(organisations, minimum);
        if (!pack) return;
        expect(pack.minimum).toBe(minimum);
        expect(pack.files).toBeGreaterThanOrEqual(minimum);
        for (const segment of pack.segments)
          for (const cell of cells(segment)) expect(cell.n).toBeGreaterThanOrEqual(minimum);
      }),
      { numRuns: 60 },
    );
  });

  it('cannot be read out by subtracting a sector’s size bands from the sector', () => {
    fc.assert(
      fc.property(population, fc.integer({ min: 3, max: 8 }), (organisations, minimum) => {
        const pack = made(organisations, minimum);
        for (const whole of pack?.segments.filter((s) => !s.size) ?? []) {
          const bands = pack!.segments.filter((s) => s.sector === whole.sector && s.size);
          const rest = whole.n - bands.reduce((sum, s) => sum + s.n, 0);
          expect(rest === 0 || rest >= minimum, `${whole.sector}: ${rest} left`).toBe(true);
          for (const id of [...whole.areas.map((a) => a.sectionId), ...whole.questions.map((q) => q.questionId)]) {
            const left = cellN(whole, id) - bands.reduce((sum, s) => sum + cellN(s, id), 0);
            expect(left === 0 || left >= minimum, `${whole.sector} ${id}: ${left} left`).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('holds no name, unit, respondent, note, plan or date finer than the month, and reads back as it was made', () => {
    fc.assert(
      fc.property(population, (organisations) => {
        const pack = made(organisations, 3);
        if (!pack) return;
        const text = JSON.stringify(pack);
        expect(text).not.toContain('SECRET');
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        expect(text).not.toMatch(/\.json/);
        expect(readPeerPack(text, bank)).toEqual({ ok: true, pack, notices: [] });
      }),
      { numRuns: 60 },
    );
  });
});
