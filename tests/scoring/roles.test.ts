import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { combine, compareRoles, roleGap } from '../../scoring';
import { loadFixture } from '../fixtures';

const region = loadFixture('large-region-rpa').answers;
const small = loadFixture('small-municipality-starting').answers;
const as = (role: string | undefined, answers: Record<string, string>, count: number) =>
  Array.from({ length: count }, () => ({ ...(role === undefined ? {} : { role }), answers }));
const groupScore = (answers: Record<string, string>[], sectionId: string) =>
  combine(bank, answers).sections.find((s) => s.sectionId === sectionId)?.group;

describe('the workshop per role', () => {
  it('scores each role of three or more as a group, matching roles as people write them, and leaves smaller ones out', () => {
    const { groups } = compareRoles(bank, [
      ...as('Ledelse', region, 2),
      ...as(' ledelse ', region, 1),
      ...as('IT', small, 3),
      ...as('Fagperson', small, 2),
      ...as(undefined, small, 4),
    ]);
    expect(groups.map((g) => [g.role, g.participants])).toEqual([
      ['IT', 3],
      ['Ledelse', 3],
    ]);
    const it = groups.find((g) => g.role === 'IT')!;
    expect(it.scores.find((s) => s.sectionId === 'barriers-competencies')?.value).toBe(
      groupScore([small, small, small], 'barriers-competencies'),
    );
  });

  it('names the areas where two roles lie far apart, the widest gap first', () => {
    const { gaps } = compareRoles(bank, [...as('Ledelse', region, 3), ...as('IT', small, 3)]);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      expect(gap.high.value - gap.low.value).toBeGreaterThanOrEqual(roleGap);
      expect(new Set([gap.low.role, gap.high.role])).toEqual(new Set(['Ledelse', 'IT']));
    }
    const widths = gaps.map((g) => g.high.value - g.low.value);
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
  });

  it('finds no gap between roles that answer alike', () => {
    expect(compareRoles(bank, [...as('Ledelse', region, 3), ...as('IT', region, 4)]).gaps).toEqual([]);
  });
});
