import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { combine, decide, disputedQuestions } from '../../scoring';
import { loadFixture } from '../fixtures';

const three = ['small-municipality-starting', 'large-region-rpa', 'state-agency-ml-legal'] as const;
const workshop = combine(
  bank,
  three.map((n) => loadFixture(n).answers),
);
const legal = (w: { sections: { sectionId: string; group: number | null }[] }) =>
  w.sections.find((s) => s.sectionId === 'barriers-legal')?.group;
const triggeredBy = (w: typeof workshop, id: string) =>
  w.group.recommendations.filter((r) => r.triggers.some((t) => t.questionId === id)).map((r) => r.id);

describe('the decisions a workshop records', () => {
  it('take the agreed answer for the group instead of the median, and score and recommend from it', () => {
    // One participant says »i høj grad«, one »i lav grad«, one »ved ikke«: the median is the worse, »i høj grad«.
    expect(workshop.groupAnswers['data-storage-rules']).toBe('high');
    expect(triggeredBy(workshop, 'data-storage-rules')).not.toEqual([]);
    const decided = decide(bank, workshop, { 'data-storage-rules': { answer: 'not-at-all', note: 'Afklaret' } });
    expect(decided.groupAnswers['data-storage-rules']).toBe('not-at-all');
    expect(decided.agreed).toEqual(['data-storage-rules']);
    expect(legal(decided)).toBeLessThan(legal(workshop)!);
    expect(triggeredBy(decided, 'data-storage-rules')).toEqual([]);
  });

  it('keep the median where the group stays in disagreement or only noted the talk, and say which those are', () => {
    const decided = decide(bank, workshop, {
      'data-storage-rules': { answer: 'disagree', note: 'Juristerne ser det forskelligt' },
      'legal-responsibility': { note: 'Drøftet' },
    });
    expect(decided.groupAnswers).toEqual(workshop.groupAnswers);
    expect(decided.group).toEqual(workshop.group);
    expect(decided.agreed).toEqual([]);
    expect(decided.disagreed).toEqual(['data-storage-rules']);
  });

  it('change nothing for a question that is not a scale question of the bank', () => {
    const decided = decide(bank, workshop, { 'cloud-strategy': { answer: 'high' }, sector: { answer: 'high' } });
    expect(decided.groupAnswers).toEqual(workshop.groupAnswers);
    expect(decided.agreed).toEqual([]);
  });
});

describe('the disputed questions', () => {
  it('are those whose answers lie two points or more apart, the largest spread first; neighbours are no dispute', () => {
    const w = combine(bank, [
      { 'task-volume': 'high', 'missing-use-cases': 'high', 'business-case': 'high', 'cyber-mature': 'high' },
      { 'task-volume': 'not-at-all', 'missing-use-cases': 'low', 'business-case': 'some', 'cyber-mature': 'high' },
      { 'task-volume': 'high', 'missing-use-cases': 'low', 'business-case': 'some', 'cyber-mature': 'high' },
    ]);
    expect(w.discussion).toEqual(['task-volume', 'missing-use-cases', 'business-case']);
    expect(disputedQuestions(bank, w)).toEqual(['task-volume', 'missing-use-cases']);
  });

  it('need a quarter of the room on each side: one or two of ten far from the rest are no dispute', () => {
    const room = (answers: Record<string, number>) =>
      Object.entries(answers).flatMap(([degree, n]) => Array.from({ length: n }, () => ({ 'task-volume': degree })));
    const disputed = (answers: Record<string, number>) => disputedQuestions(bank, combine(bank, room(answers)));
    // The reviewer's near-consensus: »i nogen grad« 2, »i lav grad« 6, »slet ikke« 2.
    expect(disputed({ some: 2, low: 6, 'not-at-all': 2 })).toEqual([]);
    expect(disputed({ high: 1, low: 9 })).toEqual([]);
    // A real split: »i høj grad« 2, »i lav grad« 4, »slet ikke« 2 of eight.
    expect(disputed({ high: 2, low: 4, 'not-at-all': 2 })).toEqual(['task-volume']);
    expect(disputed({ high: 3, some: 4, low: 3 })).toEqual(['task-volume']);
    expect(disputed({ high: 1, low: 2 })).toEqual(['task-volume']);
  });
});
