import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { compareAssessments } from '../../scoring';
import { loadFixture } from '../fixtures';

describe('a re-assessment', () => {
  it('says which scores went up or down, lower barrier pressure and higher maturity being better', () => {
    const before = { 'procurement-agreements': 'high', 'cyber-mature': 'low' };
    const after = { 'procurement-agreements': 'low', 'cyber-mature': 'high' };
    const { sections } = compareAssessments(bank, before, after);
    expect(sections.find((s) => s.sectionId === 'barriers-legal')).toMatchObject({
      before: 100,
      change: -(200 / 3),
      direction: 'better',
    });
    const cyber = sections.find((s) => s.sectionId === 'cybersecurity')!;
    expect(cyber).toMatchObject({ after: 100, direction: 'better' });
    expect(cyber.before).toBeCloseTo(100 / 3, 10);
    expect(sections.find((s) => s.sectionId === 'genai')).toMatchObject({
      before: null,
      after: null,
      change: null,
      direction: null,
    });
  });

  it('lists each question whose answer moved, by its polarity', () => {
    const { questions } = compareAssessments(
      bank,
      { 'task-volume': 'low', 'cyber-disruptive-attack': 'not-at-all', 'genai-strategy': 'some', sector: 'region' },
      { 'task-volume': 'high', 'cyber-disruptive-attack': 'not-at-all', 'genai-strategy': 'high', sector: 'state' },
    );
    expect(questions).toEqual([
      { questionId: 'task-volume', sectionId: 'barriers-potential', before: 'low', after: 'high', direction: 'worse' },
      { questionId: 'genai-strategy', sectionId: 'genai', before: 'some', after: 'high', direction: 'better' },
    ]);
  });

  it('finds no change between an assessment and itself', () => {
    const answers = loadFixture('large-region-rpa').answers;
    const { sections, questions } = compareAssessments(bank, answers, answers);
    expect(questions).toEqual([]);
    expect(sections.every((s) => s.direction === null || s.direction === 'same')).toBe(true);
  });
});
