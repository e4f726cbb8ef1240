import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bank, degrees, type Degree, dontKnow, type ScaleQuestion } from '../../questions';
import { assess, scoreSections } from '../../scoring';
import { allQuestions, answersArbitrary } from '../arbitraries';

const scaleQuestions = allQuestions.filter((q): q is ScaleQuestion => q.type === 'scale');
const sectionOf = new Map(bank.sections.flatMap((s) => s.questions.map((q) => [q.id, s])));
const valueOf = (answers: Record<string, string>, sectionId: string) =>
  scoreSections(bank, answers).find((s) => s.sectionId === sectionId)?.value;

/** A degree that is worse than `degree` for this question: a higher degree of a barrier, a lower one of maturity. */
const worseDegrees = (question: ScaleQuestion, degree: Degree): Degree[] => {
  const index = degrees.indexOf(degree); // degrees run from "i høj grad" to "slet ikke"
  return question.polarity === 'maturity' ? degrees.slice(index + 1) : degrees.slice(0, index);
};

const everyActive = Object.fromEntries(
  allQuestions.filter((q) => q.id.startsWith('stage-')).map((q) => [q.id, 'operation']),
);
const allAnswered = (pick: (q: ScaleQuestion) => Degree) => ({
  ...everyActive,
  ...Object.fromEntries(scaleQuestions.map((q) => [q.id, pick(q)])),
});

describe('scoring properties', () => {
  it('keeps every score between 0 and 100', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const score of scoreSections(bank, answers)) {
          if (score.value !== null) {
            expect(score.value).toBeGreaterThanOrEqual(0);
            expect(score.value).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });

  it('never lowers a barrier score or raises a maturity index when an answer gets worse', () => {
    const question = fc.constantFrom(...scaleQuestions);
    fc.assert(
      fc.property(answersArbitrary, question, fc.constantFrom(...degrees), fc.nat(), (answers, q, degree, pick) => {
        const worse = worseDegrees(q, degree);
        fc.pre(worse.length > 0);
        const section = sectionOf.get(q.id)!;
        const before = valueOf({ ...answers, [q.id]: degree }, section.id);
        const after = valueOf({ ...answers, [q.id]: worse[pick % worse.length]! }, section.id);
        if (before === null || after === null || before === undefined || after === undefined) return;
        if (section.kind === 'maturity-area') expect(after).toBeLessThanOrEqual(before);
        else expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('never moves a score when an unanswered question is answered "Ved ikke"', () => {
    fc.assert(
      fc.property(answersArbitrary, fc.constantFrom(...scaleQuestions), (answers, q) => {
        const without = Object.fromEntries(Object.entries(answers).filter(([id]) => id !== q.id));
        const withDontKnow = { ...without, [q.id]: dontKnow };
        const before = scoreSections(bank, without);
        const after = scoreSections(bank, withDontKnow);
        expect(after.map((s) => s.value)).toEqual(before.map((s) => s.value));
      }),
    );
  });

  it('gives the same result whatever order the answers arrive in', () => {
    const answersInAnyOrder = answersArbitrary.chain((answers) => {
      const entries = Object.entries(answers);
      const all = { minLength: entries.length, maxLength: entries.length };
      return fc.tuple(fc.constant(answers), fc.shuffledSubarray(entries, all));
    });
    fc.assert(
      fc.property(answersInAnyOrder, ([answers, shuffled]) => {
        expect(assess(bank, Object.fromEntries(shuffled))).toEqual(assess(bank, answers));
      }),
    );
  });

  it('reaches exactly the maximum with all-best answers and the minimum with all-worst', () => {
    const best = allAnswered((q) => (q.polarity === 'maturity' ? 'high' : 'not-at-all'));
    const worst = allAnswered((q) => (q.polarity === 'maturity' ? 'not-at-all' : 'high'));
    for (const score of scoreSections(bank, best)) {
      expect(score.value).toBe(score.kind === 'maturity-area' ? 100 : 0);
    }
    for (const score of scoreSections(bank, worst)) {
      expect(score.value).toBe(score.kind === 'maturity-area' ? 0 : 100);
    }
  });
});
