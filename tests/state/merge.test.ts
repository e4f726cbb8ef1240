import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan, PlanAction } from '../../questions/plan';
import { mergeSaved, withChange, type Saved } from '../../src/state/merge';
import { readSaved, storageKey } from '../../src/state/storage';
import { createStore } from '../../src/state/store';
import { MemoryStorage } from '../components/render';

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

const action = { title: 'Budget til robotdrift', areas: ['genai'], status: 'not-started' as const };
const planField = fc.constantFrom('title', 'responsible', 'deadline', 'status');
const planValue = fc.constantFrom('Kontorchefen', '2027-03-31', 'done', 'Budget');
/** A tab's version of one action: set whole at some time, some fields changed since; or removed, or never seen. */
const planSaved = (removals: boolean): fc.Arbitrary<Saved> =>
  fc
    .record({
      present: removals ? fc.boolean() : fc.constant(true),
      whole: fc.nat(5),
      fields: fc.dictionary(planField, fc.tuple(fc.option(planValue), fc.nat(8))),
    })
    .map(({ present, whole, fields }) => {
      const stamps: Record<string, number> = whole > 0 ? { 'plan/own-a': whole } : {};
      const value: Record<string, unknown> = { ...action };
      for (const [name, [field, stamp]] of Object.entries(fields)) {
        value[name] = field ?? undefined;
        if (present && stamp > whole) stamps[`plan/own-a/${name}`] = stamp;
      }
      const kept = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
      const plan: Plan = present ? { 'own-a': kept as unknown as PlanAction } : {};
      return { file: { format: 'parat-answers' as const, bankVersion: 1, answers: {}, plan }, route: '', stamps };
    });

describe('merging plan actions field by field', () => {
  it('gives the same result whichever tab merges first, and merging again changes nothing', () => {
    const plan = (s: Saved) => s.file.plan ?? {};
    fc.assert(
      fc.property(planSaved(true), planSaved(true), (a, b) => {
        expect(plan(mergeSaved(a, b))).toEqual(plan(mergeSaved(b, a)));
        expect(plan(mergeSaved(mergeSaved(a, b), b))).toEqual(plan(mergeSaved(a, b)));
      }),
    );
    fc.assert(
      fc.property(planSaved(false), planSaved(false), planSaved(false), (a, b, c) => {
        expect(plan(mergeSaved(mergeSaved(a, b), c))).toEqual(plan(mergeSaved(a, mergeSaved(b, c))));
      }),
    );
  });

  it('never drops a field that one side changed after everything the other side did', () => {
    fc.assert(
      fc.property(planSaved(true), planSaved(false), (a, b) => {
        const latest = Math.max(0, ...Object.values(a.stamps), ...Object.values(b.stamps)) + 1;
        const mine = withChange(b, 'plan', 'own-a', { ...b.file.plan?.['own-a'], ...action, note: 'Sent' }, latest);
        expect(mergeSaved(a, mine).file.plan?.['own-a']?.note).toBe('Sent');
      }),
    );
  });
});

describe('one plan action edited in two tabs at the same moment', () => {
  const holding = (text: string) => {
    const storage = new MemoryStorage();
    storage.setItem(storageKey, text);
    return storage;
  };
  /** A tab opened on `text` that makes one change at `time`, before it hears of the other tab's. */
  const tab = (text: string, time: number, edit: (store: ReturnType<typeof createStore>) => void) => {
    const storage = holding(text);
    edit(createStore(storage, { clock: () => time }));
    const read = readSaved(storage.getItem(storageKey) ?? '');
    if (read.kind !== 'loaded') throw new Error(read.kind);
    return read.saved;
  };
  const bothTabs = (text: string) => {
    const first = tab(text, 2000, (store) => store.setAction('own-a', { ...action, responsible: 'Kontorchefen' }));
    const second = tab(text, 3000, (store) => store.setAction('own-a', { ...action, deadline: '2027-03-31' }));
    return [mergeSaved(first, second), mergeSaved(second, first)].map((merged) => merged.file.plan?.['own-a']);
  };
  const both = { ...action, responsible: 'Kontorchefen', deadline: '2027-03-31' };

  it('keeps the responsible set in one tab and the deadline set in the other', () => {
    const storage = new MemoryStorage();
    createStore(storage, { clock: () => 1000 }).setAction('own-a', action);
    expect(bothTabs(storage.getItem(storageKey) ?? '')).toEqual([both, both]);
  });

  it('does so for an action saved with one time for the whole action, as before fields had their own', () => {
    const file = { format: 'parat-answers', bankVersion: 1, answers: {}, plan: { 'own-a': action } };
    const text = JSON.stringify({ storageVersion: 1, route: '#/plan', file, stamps: { 'plan/own-a': 1000 } });
    expect(bothTabs(text)).toEqual([both, both]);
  });
});
