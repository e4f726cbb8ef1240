import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSaved, type Saved } from '../../src/state/merge';

const ids = fc.constantFrom('sector', 'size', 'skills-data-science');
const entries = fc.dictionary(ids, fc.tuple(fc.option(fc.constantFrom('high', 'low', 'some')), fc.nat(5)));
const saved: fc.Arbitrary<Saved> = fc
  .record({ answers: entries, notes: entries, reset: fc.nat(3) })
  .map(({ answers, notes, reset }) => {
    const stamps: Record<string, number> = reset > 0 ? { reset } : {};
    const values = (field: string, record: typeof answers) =>
      Object.fromEntries(
        Object.entries(record).flatMap(([id, [value, stamp]]) => {
          if (stamp > 0) stamps[`${field}/${id}`] = stamp;
          return value === null ? [] : [[id, value]];
        }),
      );
    const file = { format: 'parat-answers' as const, bankVersion: 1, answers: values('answers', answers) };
    return { file: { ...file, notes: values('notes', notes) }, route: '', stamps };
  });

const work = (s: Saved) => ({ answers: s.file.answers, notes: s.file.notes ?? {}, route: s.route });

describe('merging two tabs’ saved work', () => {
  it('gives the same result whichever tab merges first, and merging again changes nothing', () => {
    fc.assert(
      fc.property(saved, saved, saved, (a, b, c) => {
        expect(work(mergeSaved(a, b))).toEqual(work(mergeSaved(b, a)));
        expect(work(mergeSaved(mergeSaved(a, b), c))).toEqual(work(mergeSaved(a, mergeSaved(b, c))));
        expect(work(mergeSaved(mergeSaved(a, b), b))).toEqual(work(mergeSaved(a, b)));
      }),
    );
  });

  it('never drops an entry that one side changed after everything the other side did', () => {
    fc.assert(
      fc.property(saved, saved, (a, b) => {
        const latest = Math.max(0, ...Object.values(a.stamps), ...Object.values(b.stamps)) + 1;
        const mine = { ...a, file: { ...a.file, answers: { ...a.file.answers, size: 'late' } } };
        mine.stamps = { ...a.stamps, 'answers/size': latest };
        expect(mergeSaved(b, mine).file.answers.size).toBe('late');
      }),
    );
  });
});
