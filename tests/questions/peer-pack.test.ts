import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { readPeerPack, type PeerPack } from '../../questions/peer-pack';
import { peerPackJsonSchema } from '../../questions/peer-pack-json-schema';
import { makePeerPack } from '../../scoring';
import { recordOf, thirtyThree } from '../scoring/peer-organisations';

const made = makePeerPack(bank, thirtyThree().map(recordOf), { minimum: 5, madeIn: '2026-11', madeBy: 'Netværket' });
if (!made.ok) throw new Error(made.problem.code);
const pack: PeerPack = made.pack;
const text = (value: unknown) => JSON.stringify(value);
const problemOf = (value: string) => {
  const reading = readPeerPack(value, bank);
  return reading.ok ? undefined : reading.problem;
};
const first = pack.segments[0]!;

describe('reading a peer pack', () => {
  it('refuses what is not a pack, with the reason', () => {
    expect(problemOf('{"format": "parat-peer-pack",')).toEqual({ code: 'not-json' });
    expect(problemOf(text({ ...pack, format: 'parat-answers' }))).toEqual({ code: 'wrong-format' });
    expect(problemOf(text([pack]))).toEqual({ code: 'wrong-format' });
    expect(problemOf(text({ ...pack, version: 2 }))).toEqual({ code: 'newer-version', version: 2 });
    expect(problemOf(text({ ...pack, version: '1' }))).toEqual({ code: 'unknown-version' });
  });

  it('refuses a pack that names or dates an organisation, or has a field it does not know', () => {
    const named = { ...pack, segments: [{ ...first, organisations: ['Midtby Kommune'] }] };
    expect(problemOf(text(named))).toEqual({ code: 'invalid', field: 'segments.organisations' });
    expect(problemOf(text({ ...pack, madeIn: '2026-11-23' }))).toEqual({ code: 'invalid', field: 'madeIn' });
    expect(problemOf(text(pack).replace('{', '{"__proto__":{"n":1},'))).toEqual({
      code: 'invalid',
      field: '__proto__',
    });
  });

  it('refuses a pack with a cell under its own minimum, or under 3 whatever it says', () => {
    const thin = { ...pack, segments: [{ ...first, areas: [{ ...first.areas[0]!, n: 4 }] }] };
    expect(problemOf(text(thin))).toEqual({ code: 'under-minimum', minimum: 5 });
    const lowered = { ...pack, minimum: 2, segments: [{ ...first, n: 2 }] };
    expect(problemOf(text(lowered))).toEqual({ code: 'invalid', field: 'minimum' });
    const impossible = { ...pack, segments: [{ ...first, areas: [{ ...first.areas[0]!, q1: 90, median: 10 }] }] };
    expect(problemOf(text(impossible))).toEqual({ code: 'invalid', field: 'median' });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => text({ ...pack, segments: v })),
        ),
        (t) => {
          expect(() => readPeerPack(t, bank)).not.toThrow();
        },
      ),
    );
    expect(readPeerPack(`${'['.repeat(100_000)}${']'.repeat(100_000)}`, bank).ok).toBe(false);
  });

  it('compares a pack of another bank version on the questions both banks mean alike, and says so', () => {
    const older = {
      ...pack,
      bankVersion: 3,
      segments: [{ ...first, questions: [...first.questions, { questionId: 'cloud-strategy', n: 5, shares: {} }] }],
    };
    const reading = readPeerPack(text(older), bank);
    if (!reading.ok) throw new Error(reading.problem.code);
    const ids = reading.pack.segments[0]!.questions.map((q) => q.questionId);
    // Reworded in bank version 4: a version-3 answer meant something else.
    expect(ids).not.toContain('blockchain-legal-model');
    expect(ids).toContain('cyber-mature');
    expect(reading.pack.segments[0]!.areas.map((a) => a.sectionId)).not.toContain('technology-blockchain');
    expect(reading.notices).toEqual([{ code: 'other-bank', bankVersion: 3, questions: 2, areas: 1 }]);
  });

  it('brings an older pack format up to this one, step by step, and says so', () => {
    const { madeBy, ...rest } = pack;
    const steps = [
      {
        from: 1,
        changes: '"maker" is now "madeBy".',
        migrate: ({ maker, ...p }: Record<string, unknown>) => ({ ...p, madeBy: maker }),
      },
    ];
    const reading = readPeerPack(text({ ...rest, maker: madeBy }), bank, steps, 2);
    expect(reading).toEqual({ ok: true, pack: { ...pack, version: 2 }, notices: [{ code: 'migrated', from: 1 }] });
    expect(readPeerPack(text(pack), bank, [], 2)).toEqual({ ok: false, problem: { code: 'unknown-version' } });
  });

  it('is described by the committed JSON Schema', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../questions/peer-pack.schema.json'), 'utf8');
    expect(committed, 'run `npm run schema` after changing the pack format').toBe(peerPackJsonSchema());
  });
});
