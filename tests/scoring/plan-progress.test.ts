import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import type { Plan } from '../../questions/plan';
import { compareAssessments, planProgress } from '../../scoring';
import { loadFixture } from '../fixtures';

const earlierPlan: Plan = {
  'case-topdanmark': {
    title: 'Stabil drift',
    recommendation: 'case-topdanmark',
    areas: ['technology-rpa'],
    status: 'not-started',
  },
  'own-1': { title: 'Droppes senere', areas: [], status: 'in-progress' },
};

describe('progress on an earlier plan at re-assessment', () => {
  it('gives each earlier action its status today and the change in its areas’ scores', () => {
    const before = loadFixture('large-region-rpa').answers;
    // A year on, the robots run steadily: every RPA barrier is now small.
    const after = { ...before, 'rpa-unstable-operation': 'not-at-all', 'rpa-desktop-operation': 'not-at-all' };
    const { sections } = compareAssessments(bank, before, after);
    const current: Plan = { 'case-topdanmark': { ...earlierPlan['case-topdanmark']!, status: 'done' } };
    const progress = planProgress(earlierPlan, current, sections);
    expect(progress.map(({ id, status, stillPlanned }) => ({ id, status, stillPlanned }))).toEqual([
      { id: 'case-topdanmark', status: 'done', stillPlanned: true },
      { id: 'own-1', status: 'in-progress', stillPlanned: false },
    ]);
    const [rpa] = progress[0]!.areas;
    expect(rpa).toMatchObject({ sectionId: 'technology-rpa', direction: 'better' });
    expect(Math.round(rpa!.before!)).toBe(83);
    expect(rpa!.after!).toBeLessThan(rpa!.before!);
    expect(progress[1]!.areas).toEqual([]);
  });

  it('leaves out actions added since: they were not part of the earlier plan', () => {
    const current: Plan = { ...earlierPlan, 'own-new': { title: 'Ny', areas: [], status: 'done' } };
    expect(planProgress(earlierPlan, current, []).map((p) => p.id)).toEqual(['case-topdanmark', 'own-1']);
  });
});
