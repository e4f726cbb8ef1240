import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeStages, bank, type ScaleQuestion } from '../../questions';
import { assess } from '../../scoring';
import { allQuestions, answersArbitrary } from '../arbitraries';
import { nationalFigures } from '../questions/seed-facts';

const byId = new Map(allQuestions.map((q) => [q.id, q]));
// Written from the reports, not from the code: a barrier is a problem "i høj grad" or "i nogen grad"; a practice is
// missing "slet ikke" or "i lav grad", Rambøll's own low band.
const problemAnswers = { barrier: ['high', 'some'], maturity: ['low', 'not-at-all'] };
const caseTechnology: Record<string, string> = {
  'case-topdanmark': 'rpa',
  'case-birmingham': 'rpa',
  'case-danske-bank': 'machine-learning',
  'case-deakin': 'machine-learning',
  'case-iss': 'iot',
};

describe('recommendations follow from real problems in the answers', () => {
  it('never gives a small barrier or a practice largely in place as a reason', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const r of assess(bank, answers).recommendations) {
          for (const trigger of r.triggers) {
            const question = byId.get(trigger.questionId) as ScaleQuestion;
            const band = question.polarity === 'maturity' ? problemAnswers.maturity : problemAnswers.barrier;
            expect(band, `${r.id} ← ${trigger.questionId}: ${trigger.answer}`).toContain(trigger.answer);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shows a case about a technology only where the organisation is exploring that technology or further', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const r of assess(bank, answers).recommendations) {
          const technology = caseTechnology[r.id];
          if (technology) expect(activeStages).toContain(answers[`stage-${technology}`]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sets every answer beside the bands the report gives, and nothing computed in their place', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const position of assess(bank, answers).benchmarks) {
          const [high, low, , , some] = nationalFigures[position.questionId]!;
          expect(position.national).toMatchObject({ high, low });
          expect(position.national.some).toBe(some);
          if (position.band === 'some' && some === undefined) expect(position.segment).toBe('rest');
          else expect(position.share).toBe({ high, low, some }[position.band]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
