import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess, firstSteps, type AssessmentResult } from '../../scoring';
import { answersArbitrary } from '../arbitraries';

// The steps that build on each other, written from the reports, not from the code: Rambøll's ESG framework (003
// L544-547, "Efter kortlægning …" L572, "Før organisationen kan beslutte retningen …" L595-596) and its change
// management action points ("Først …" L968, "Dernæst …" L981, the calculations made "ud fra indsamlet data" L1017-1019).
const sequences = [
  ['esg-analyse-as-is', 'esg-set-ambition', 'esg-define-requirements', 'esg-choose-direction'],
  [
    'change-readiness-analysis',
    'change-budget',
    'change-impact-map',
    'change-in-project-management',
    'change-lessons-log',
  ],
];

const reversed = { ...bank, recommendations: [...bank.recommendations].reverse() };
const firstFive = (b: typeof bank, answers: Record<string, string>) =>
  assess(b, answers)
    .recommendations.slice(0, firstSteps)
    .map((r) => r.id);

/**
 * What the answers say about a recommendation, worked out here from its triggers and the national figures: how
 * severe its worst answer is, how much and how many problems it answers, how many of its answers are worse than most public organisations',
 * and how many organisations answered better (thirds rounded, so equal sums compare equal).
 */
const answerFacts = (result: AssessmentResult) => {
  const national = new Map(result.benchmarks.map((b) => [b.questionId, b]));
  const round = (n: number) => Math.round(n * 3000);
  return (id: string) => {
    const r = result.recommendations.find((x) => x.id === id)!;
    const severities = r.triggers.map((t) => t.badness * t.weight);
    return {
      scope: r.scope,
      worst: round(Math.max(...severities)),
      total: round(severities.reduce((sum, v) => sum + v, 0)),
      problems: r.triggers.length,
      behind: r.triggers.filter((t) => national.get(t.questionId)?.standing === 'worse').length,
      ahead: Math.max(0, ...r.triggers.map((t) => national.get(t.questionId)?.ahead ?? 0)),
    };
  };
};

describe('the ranking, for any answers', () => {
  it('keeps steps that build on each other in their order', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const ranked = assess(bank, answers).recommendations.map((r) => r.id);
        for (const sequence of sequences) {
          const steps = ranked.filter((id) => sequence.includes(id));
          expect(steps).toEqual([...steps].sort((a, b) => sequence.indexOf(a) - sequence.indexOf(b)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lets the report’s order decide only between recommendations the answers say the same about', () => {
    fc.assert(
      fc.property(answersArbitrary, (answers) => {
        const result = assess(bank, answers);
        const facts = answerFacts(result);
        const theirs = firstFive(reversed, answers);
        for (const [i, id] of firstFive(bank, answers).entries()) {
          if (theirs[i] !== id) expect(facts(id), `${id} / ${theirs[i]}`).toEqual(facts(theirs[i]!));
        }
      }),
      { numRuns: 300 },
    );
  });
});
