import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess, targetGaps, targetsClosedBy } from '../../scoring';

describe('targets', () => {
  const result = assess(bank, {
    'procurement-agreements': 'high',
    'cyber-mature': 'low',
    'task-volume': 'not-at-all',
  });
  const gaps = targetGaps(result.scores, {
    'barriers-legal': 40,
    cybersecurity: 80,
    'barriers-potential': 20,
    genai: 50,
  });

  it('measures the gap to a target: pressure above its highest, maturity below its lowest', () => {
    expect(gaps).toEqual([
      { sectionId: 'barriers-legal', target: 40, value: 100, gap: 60 },
      { sectionId: 'barriers-potential', target: 20, value: 0, gap: 0 },
      expect.objectContaining({ sectionId: 'cybersecurity', target: 80 }),
      { sectionId: 'genai', target: 50, value: null, gap: null },
    ]);
    expect(gaps[2]!.gap).toBeCloseTo(80 - 100 / 3, 10);
  });

  it('says which open targets a recommendation works on', () => {
    const platforms = result.recommendations.find((r) => r.id === 'innovation-platforms')!;
    expect(targetsClosedBy(platforms, gaps)).toEqual(['barriers-legal']);
    const overview = result.recommendations.find((r) => r.id === 'nis2-get-overview')!;
    expect(targetsClosedBy(overview, gaps)).toEqual(['cybersecurity']);
    expect(targetsClosedBy(platforms, targetGaps(result.scores, {}))).toEqual([]);
  });
});
