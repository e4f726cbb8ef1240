import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess, combine } from '../../scoring';
import { answersArbitrary } from '../arbitraries';
import { fixtureNames, loadFixture } from '../fixtures';

const three = ['small-municipality-starting', 'large-region-rpa', 'state-agency-ml-legal'] as const;
const answersOf = (names: readonly (typeof fixtureNames)[number][]) => names.map((n) => loadFixture(n).answers);

describe('a workshop', () => {
  it('gives each section the mean of the participants’ scores and their spread', () => {
    const workshop = combine(bank, answersOf(three));
    expect(workshop.participants).toBe(3);
    const scores = three.map(
      (n) => assess(bank, loadFixture(n).answers).scores.find((s) => s.sectionId === 'barriers-legal')!.value,
    );
    const legal = workshop.sections.find((s) => s.sectionId === 'barriers-legal')!;
    // The small municipality answered "Ved ikke" to every legal question, so two participants have a score.
    expect(legal.scored).toBe(2);
    const [a, b] = scores.filter((v): v is number => v !== null);
    expect(legal.mean).toBeCloseTo((a! + b!) / 2, 10);
    expect(legal.spread).toBeCloseTo(Math.abs(a! - b!) / 2, 10);
    expect(legal.min).toBe(Math.min(a!, b!));
  });

  it('counts each answer per question and puts the largest disagreements first', () => {
    const workshop = combine(bank, answersOf(three));
    const q = workshop.questions.find((x) => x.questionId === 'data-storage-rules')!;
    expect(q.counts).toEqual({ high: 1, some: 0, low: 1, 'not-at-all': 0, 'dont-know': 1 });
    const spreads = workshop.discussion.map((id) => workshop.questions.find((x) => x.questionId === id)!.spread!);
    expect(spreads.length).toBeGreaterThan(0);
    expect([...spreads].sort((x, y) => y - x)).toEqual(spreads);
    expect(spreads.every((s) => s > 0)).toBe(true);
  });

  it('answers for the group with the median, the tie going to the worse answer, and the furthest technology stage', () => {
    const workshop = combine(bank, [
      { 'stage-rpa': 'exploring', 'task-volume': 'high', 'cyber-mature': 'high' },
      { 'stage-rpa': 'operation', 'task-volume': 'low', 'cyber-mature': 'low' },
    ]);
    expect(workshop.groupAnswers).toMatchObject({
      'stage-rpa': 'operation',
      'task-volume': 'high',
      'cyber-mature': 'low',
    });
    expect(workshop.group).toEqual(assess(bank, workshop.groupAnswers));
  });

  it('does not depend on the order of the participants, and one participant has no spread', () => {
    fc.assert(
      fc.property(fc.array(answersArbitrary, { minLength: 1, maxLength: 5 }), (participants) => {
        const forward = combine(bank, participants);
        const backward = combine(bank, [...participants].reverse());
        expect(backward.sections.map((s) => s.mean ?? -1).map((m) => Math.round(m * 1e9))).toEqual(
          forward.sections.map((s) => s.mean ?? -1).map((m) => Math.round(m * 1e9)),
        );
        expect(backward.groupAnswers).toEqual(forward.groupAnswers);
        expect(backward.sections.map((s) => s.values)).toEqual(forward.sections.map((s) => s.values));
        for (const s of forward.sections) {
          expect(s.values).toHaveLength(s.scored);
          // The group's score is the score of the group's answers, whatever the participants' mean.
          expect(s.group).toBe(forward.group.scores.find((x) => x.sectionId === s.sectionId)?.value ?? null);
          if (s.scored === 1) expect([s.spread, s.min, s.max]).toEqual([null, null, null]);
          if (s.scored > 1 && s.mean !== null) {
            expect(s.spread!).toBeGreaterThanOrEqual(0);
            expect(s.mean).toBeGreaterThanOrEqual(s.min! - 1e-9);
            expect(s.mean).toBeLessThanOrEqual(s.max! + 1e-9);
          }
        }
      }),
      { numRuns: 60 },
    );
    const alone = combine(bank, [loadFixture('large-region-rpa').answers]);
    // One answer has no spread: a 0 would read as agreement.
    expect(alone.sections.every((s) => s.spread === null)).toBe(true);
    expect(alone.discussion).toEqual([]);
  });

  it('answers each question for the group with the middle answer of the participants sorted by points', () => {
    const pointsOf = bank.scoring.degreePoints;
    const degreeOf = (points: number) =>
      (Object.keys(pointsOf) as (keyof typeof pointsOf)[]).find((d) => pointsOf[d] === points);
    fc.assert(
      fc.property(fc.array(answersArbitrary, { minLength: 1, maxLength: 9 }), (participants) => {
        const workshop = combine(bank, participants);
        for (const { questionId } of workshop.questions) {
          const question = bank.sections.flatMap((s) => s.questions).find((q) => q.id === questionId)!;
          const sorted = participants
            .map((a) => a[questionId])
            .filter((answer) => answer !== undefined && answer in pointsOf)
            .map((answer) => pointsOf[answer as keyof typeof pointsOf])
            .sort((a, b) => a - b);
          if (sorted.length === 0) continue;
          // With an even number, the worse of the two middle answers.
          const worseIsHigher = question.type === 'scale' && question.polarity !== 'maturity';
          const middle = sorted[worseIsHigher ? Math.floor(sorted.length / 2) : Math.ceil(sorted.length / 2) - 1]!;
          expect(workshop.groupAnswers[questionId]).toBe(degreeOf(middle));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('takes the organisation’s type and size for the group when every participant gave the same', () => {
    const base = loadFixture('large-region-rpa').answers;
    const agree = combine(bank, [base, { ...base, size: '500-1999' }]);
    expect(agree.groupAnswers.sector).toBe(base.sector);
    expect(agree.groupAnswers.size).toBeUndefined();
    const split = combine(bank, [base, { ...base, sector: 'municipality' }]);
    expect(split.groupAnswers.sector).toBeUndefined();
  });
});
