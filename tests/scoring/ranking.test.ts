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
