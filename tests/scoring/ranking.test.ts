import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess } from '../../scoring';
import { fixtureNames, loadFixture } from '../fixtures';

describe('the ranking', () => {
  it.each(fixtureNames)('puts %s’s top five in an order its answers decide, not the report’s order', (name) => {
    const { answers } = loadFixture(name);
    const top = (recommendations: typeof bank.recommendations) =>
      assess({ ...bank, recommendations }, answers)
        .recommendations.slice(0, 5)
        .map((r) => r.id);
    // With the report's order turned around, a tie settled only by that order would swap.
    expect(top([...bank.recommendations].reverse())).toEqual(top(bank.recommendations));
  });
});

describe('what the answers say decides the order', () => {
  const order = (answers: Record<string, string>) => assess(bank, answers).recommendations.map((r) => r.id);

  it('puts an item where the organisation is below most public organisations before one where it is like most', () => {
    // »I lav grad« on readiness for GenAI: 22 % are »i høj grad«, 48 % low, so below most. On GenAI in mandatory
    // training: 77 % are low too, so like most. Both answers weigh the same.
    expect(order({ 'genai-training': 'low', 'genai-readiness': 'low' })).toEqual([
      'genai-pilot-and-evaluate',
      'genai-mandatory-training',
    ]);
  });

  it('puts a recommendation that answers several problems before one that answers one of them', () => {
    // LF1.1 answers both risk aversion (R1) and resistance to change (F1); LF3.1, funding, only the first.
    const ranked = order({ 'risk-appetite-funding': 'some', 'resistance-to-change': 'some' });
    expect(ranked.indexOf('political-agenda')).toBeLessThan(ranked.indexOf('project-funding'));
  });

  it('keeps the ESG steps in Rambøll’s order when ordinary answers make them equally severe', () => {
    const esg = Object.fromEntries(
      ['esg-as-is', 'esg-to-be', 'esg-requirements', 'esg-direction'].map((id) => [id, 'low']),
    );
    const answers = { ...esg, 'sustainability-accounting-tools': 'low', 'sustainability-leadership': 'low' };
    expect(order(answers).filter((id) => id.startsWith('esg-'))).toEqual([
      'esg-analyse-as-is',
      'esg-set-ambition',
      'esg-define-requirements',
      'esg-choose-direction',
    ]);
  });
});

describe('change management', () => {
  it('answers strong resistance to change with local, sourced actions, and a weak one with none of them', () => {
    const { answers } = loadFixture('small-municipality-starting');
    const changeActions = (resistance: string) =>
      assess(bank, { ...answers, 'resistance-to-change': resistance })
        .recommendations.filter((r) => r.kind === 'change-action')
        .map((r) => ({ id: r.id, scope: r.scope, why: r.triggers.map((t) => t.questionId) }))
        .sort((a, b) => a.id.localeCompare(b.id));
    expect(changeActions('high')).toEqual([
      { id: 'change-budget', scope: 'local', why: ['resistance-to-change'] },
      { id: 'change-in-project-management', scope: 'local', why: ['resistance-to-change'] },
      { id: 'change-readiness-analysis', scope: 'local', why: ['resistance-to-change'] },
    ]);
    expect(changeActions('low')).toEqual([]);
  });
});
