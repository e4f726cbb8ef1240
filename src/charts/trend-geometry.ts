/**
 * Pure geometry of the trend chart, for the SVG in the app and the vector chart in the PDF alike: assessments
 * evenly spaced from left to right in date order, scores 0-100 from bottom to top, one line per area broken where
 * an assessment has no score, and a marker of its own shape at each point, so lines differ by more than colour.
 */

export const trendMetrics = { width: 600, height: 250, left: 40, right: 24, top: 14, bottom: 34, marker: 5, char: 8.5 };

/**
 * Which assessments' dates are written under the plot: every k-th from the first, and the last (the k-th before it
 * left out if they would touch), with the smallest k at which no two run into each other, so ten dates in 600 units
 * stay legible (the table behind the chart has them all). The first is written rightwards, the last leftwards.
 */
function shownLabels(labels: readonly string[], x: (i: number) => number): boolean[] {
  const last = labels.length - 1;
  const extent = (i: number): [number, number] => {
    const width = (labels[i]?.length ?? 0) * trendMetrics.char;
    if (last > 0 && i === last) return [x(i) - width, x(i)];
    return i === 0 ? [x(i), x(i) + width] : [x(i) - width / 2, x(i) + width / 2];
  };
  const clear = (a: number, b: number) => extent(a)[1] + 12 <= extent(b)[0];
  for (let step = 1; step < last; step += 1) {
    const every = labels.map((_, i) => i).filter((i) => i % step === 0 && i < last);
    if (every.length > 1 && !clear(every.at(-1) ?? 0, last)) every.pop();
    const written = [...every, last];
    if (written.every((i, n) => n === 0 || clear(written[n - 1] ?? 0, i)))
      return labels.map((_, i) => written.includes(i));
  }
  return labels.map((_, i) => i === 0 || i === last);
}

/** Colours for the lines, each at least 4.5:1 on white, and a marker shape and dash for each. */
export const trendStyles = [
  { colour: '#004993', shape: 'circle', dash: '' },
  { colour: '#b34700', shape: 'square', dash: '8 4' },
  { colour: '#1b6e32', shape: 'triangle', dash: '2 4' },
  { colour: '#6a1b9a', shape: 'diamond', dash: '12 4 2 4' },
  { colour: '#a3001b', shape: 'triangle-down', dash: '' },
  { colour: '#00606e', shape: 'cross', dash: '8 4' },
  { colour: '#5d4037', shape: 'circle', dash: '2 4' },
  { colour: '#37474f', shape: 'square', dash: '12 4 2 4' },
] as const;

export type MarkerShape = (typeof trendStyles)[number]['shape'];

export interface TrendPointGeometry {
  x: number;
  y: number;
  value: number;
}

export interface TrendLineGeometry {
  id: string;
  label: string;
  style: (typeof trendStyles)[number];
  points: TrendPointGeometry[];
  /** Runs of points next to each other in time, each drawn as one line. */
  runs: TrendPointGeometry[][];
}

/** The chart's box, the x position and label of each assessment, the y gridlines and every area's line. */
export function trendGeometry(
  labels: readonly string[],
  series: { id: string; label: string; values: (number | null)[] }[],
) {
  const m = trendMetrics;
  const plotWidth = m.width - m.left - m.right;
  const plotHeight = m.height - m.top - m.bottom;
  const x = (i: number) => m.left + (labels.length === 1 ? plotWidth / 2 : (i * plotWidth) / (labels.length - 1));
  const y = (value: number) => m.top + plotHeight * (1 - Math.max(0, Math.min(100, value)) / 100);
  const shown = shownLabels(labels, x);
  const lines: TrendLineGeometry[] = series.map((s, index) => {
    const runs: TrendPointGeometry[][] = [];
    let run: TrendPointGeometry[] = [];
    s.values.forEach((value, i) => {
      if (value === null) {
        if (run.length > 0) runs.push(run);
        run = [];
      } else run.push({ x: x(i), y: y(value), value });
    });
    if (run.length > 0) runs.push(run);
    const style = trendStyles[index % trendStyles.length] ?? trendStyles[0];
    return { id: s.id, label: s.label, style, points: runs.flat(), runs };
  });
  return {
    box: { width: m.width, height: m.height },
    columns: labels.map((label, i) => ({ label, x: x(i), shown: shown[i] ?? true })),
    gridlines: [0, 25, 50, 75, 100].map((value) => ({ value, y: y(value) })),
    plot: { left: m.left, right: m.width - m.right, top: m.top, bottom: m.height - m.bottom },
    lines,
  };
}

/** A marker as a closed polygon (a circle as sixteen sides), centred on the point: the same in SVG and PDF. */
export function markerPolygon(shape: MarkerShape, cx: number, cy: number, r = trendMetrics.marker): [number, number][] {
  const around = (corners: number, turn = 0) =>
    Array.from({ length: corners }, (_, i): [number, number] => {
      const angle = turn + (2 * Math.PI * i) / corners;
      return [cx + r * Math.sin(angle), cy - r * Math.cos(angle)];
    });
  switch (shape) {
    case 'circle':
      return around(16);
    case 'square':
      return around(4, Math.PI / 4).map(([px, py]) => [cx + (px - cx) * 0.9, cy + (py - cy) * 0.9]);
    case 'triangle':
      return around(3);
    case 'triangle-down':
      return around(3, Math.PI);
    case 'diamond':
      return around(4);
    case 'cross': {
      const a = r * 0.35;
      return [
        [cx - a, cy - r],
        [cx + a, cy - r],
        [cx + a, cy - a],
        [cx + r, cy - a],
        [cx + r, cy + a],
        [cx + a, cy + a],
        [cx + a, cy + r],
        [cx - a, cy + r],
        [cx - a, cy + a],
        [cx - r, cy + a],
        [cx - r, cy - a],
        [cx - a, cy - a],
      ];
    }
  }
}
