import { describe, expect, it } from 'vitest';
import { weakestArea, type AreaStanding } from '../../scoring';

const area = (sectionId: string, value: number, better: number, level: number, worse: number): AreaStanding => ({
  sectionId,
  value,
  better: Array.from({ length: better }, (_, i) => `${sectionId}-b${i}`),
  level: Array.from({ length: level }, (_, i) => `${sectionId}-l${i}`),
  worse: Array.from({ length: worse }, (_, i) => `${sectionId}-w${i}`),
  notCompared: [],
});

describe('the weakest area beside the national figures', () => {
  it('is the one with the largest share of its compared items below most, not the most items or the lowest score', () => {
    const areas = [area('cybersecurity', 40, 2, 6, 3), area('genai', 80, 1, 1, 2), area('sustainability', 30, 5, 5, 0)];
    expect(weakestArea(areas)).toEqual({ sectionId: 'genai', value: 80, worse: ['genai-w0', 'genai-w1'], compared: 4 });
  });

  it('is the lowest maturity when no area is below most, and a tie goes to the lower maturity', () => {
    expect(weakestArea([area('cybersecurity', 70, 3, 3, 0), area('genai', 50, 1, 1, 0)])?.sectionId).toBe('genai');
    expect(weakestArea([area('cybersecurity', 70, 0, 1, 1), area('genai', 50, 0, 3, 3)])?.sectionId).toBe('genai');
  });

  it('is none when no area has an item set beside a national figure', () => {
    expect(weakestArea([{ ...area('genai', 50, 0, 0, 0), notCompared: ['genai-x'] }])).toBeUndefined();
  });
});
