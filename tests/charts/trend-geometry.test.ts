import { describe, expect, it } from 'vitest';
import { trendGeometry, trendMetrics } from '../../src/charts/trend-geometry';

const years = (n: number) => Array.from({ length: n }, (_, i) => `16.11.${2017 + i}`);

/** Where a written date lies under the plot, as the SVG and the PDF anchor it. */
function extents(labels: string[]) {
  const { columns } = trendGeometry(labels, []);
  return columns.flatMap((c, i) => {
    if (!c.shown) return [];
    const width = c.label.length * trendMetrics.char;
    const last = i === columns.length - 1 && columns.length > 1;
    return [last ? [c.x - width, c.x] : i === 0 ? [c.x, c.x + width] : [c.x - width / 2, c.x + width / 2]];
  });
}

describe('the dates under a trend chart', () => {
  it('writes every date of three yearly assessments', () => {
    expect(trendGeometry(years(3), []).columns.every((c) => c.shown)).toBe(true);
  });

  it('writes ten dates without one running into another, always the first and the last', () => {
    const { columns } = trendGeometry(years(10), []);
    expect(columns[0]?.shown).toBe(true);
    expect(columns.at(-1)?.shown).toBe(true);
    expect(columns.filter((c) => c.shown).length).toBeGreaterThan(2);
    const written = extents(years(10));
    written.slice(1).forEach(([from], i) => expect(from).toBeGreaterThan(written[i]?.[1] ?? Infinity));
  });
});
