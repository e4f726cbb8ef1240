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
