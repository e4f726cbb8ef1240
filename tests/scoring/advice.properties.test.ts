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
// The challenges each case's own text says the organisation met, as the questions that ask about them (Deloitte
// chapter 5). Written from the report, not from the code.
const caseChallenges: Record<string, string[]> = {
  // Stable operation across environments (000 L2215-2219), staff holding processes back for fear for their jobs
  // (L2231-2233), poor input data (L2241-2249), and less pressure from management meaning more resistance (L2251-2259).
  'case-topdanmark': ['rpa-unstable-operation', 'fear-of-redundancy', 'structured-data-access', 'resistance-to-change'],
  // Updates stopping robots, and professional operation (L2353-2362), fear for jobs (L2365-2369), robots that stop and
  // need watching (L2375-2380).
  'case-birmingham': ['rpa-system-changes', 'rpa-desktop-operation', 'fear-of-redundancy', 'rpa-unstable-operation'],
  // Staff and customers unwilling to be tracked (L2493-2499), the sensors' maturity (L2505-2511).
  'case-iss': ['resistance-to-change', 'iot-maturity-assessment', 'iot-immature-products'],
  // Resistance to change (L2593), projects stopped when their purpose was not understood (L2595-2601), data quality
  // (L2607-2615), the law on using and combining data (L2621-2627).
  'case-danske-bank': [
    'resistance-to-change',
    'project-understanding',
    'ml-data-quality',
    'structured-data-access',
    'data-use-proportionality',
  ],
  // Colleagues against it for fear of losing their work (L2737-2743), leaders asking whether the time and money
  // should go to other projects (L2747-2753), unstandardised data (L2757-2765).
  'case-deakin': [
    'resistance-to-change',
    'fear-of-redundancy',
    'risk-appetite-funding',
    'ml-data-quality',
    'structured-data-access',
  ],
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

  it('recommends a case only for a challenge its own text says the organisation met', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        for (const r of assess(bank, answers).recommendations) {
          const challenges = caseChallenges[r.id];
          if (!challenges) continue;
          const why = r.triggers.map((t) => t.questionId);
          expect(
            why.some((id) => challenges.includes(id)),
            `${r.id} ← ${why.join(', ')}`,
          ).toBe(true);
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
