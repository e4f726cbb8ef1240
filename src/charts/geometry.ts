import type { National, NationalSegment } from '../../scoring/types';

/**
 * Pure chart geometry, shared by the SVG charts in the app and the vector charts in the PDF: rows with the label
 * above a full-width bar, so the chart reads at 320 px as well as on a projector.
 */

export interface ChartBox {
  width: number;
  height: number;
}

export interface BarRow {
  id: string;
  label: string;
  /** 0-100, or null when there is no score. */
  value: number | null;
  valueText: string;
  labelY: number;
  barY: number;
  barWidth: number;
  valueX: number;
}

export const chartMetrics = { width: 600, rowHeight: 44, labelHeight: 18, barHeight: 22, valueGap: 6, valueWidth: 64 };

/** A horizontal bar per row on a 0-100 scale. */
export function barRows(data: { id: string; label: string; value: number | null; valueText: string }[]) {
  const m = chartMetrics;
  const scale = (m.width - m.valueWidth) / 100;
  const rows: BarRow[] = data.map((d, i) => {
    const top = i * m.rowHeight;
    const barWidth = d.value === null ? 0 : Math.max(0, Math.min(100, d.value)) * scale;
    return {
      ...d,
      labelY: top + m.labelHeight - 4,
      barY: top + m.labelHeight + 2,
      barWidth,
      valueX: barWidth + m.valueGap,
    };
  });
  return { box: { width: m.width, height: data.length * m.rowHeight }, rows, scale };
}

export interface Segment {
  band: NationalSegment;
  x: number;
  width: number;
  share: number;
  /** True for the part of the national figure the organisation's own answer is set beside. */
  own: boolean;
}

/**
 * A stacked bar per item: the national shares as the report gives them (high, the middle band where reported, the
 * rest, low), with the part the organisation's answer falls in marked.
 */
export function distributionRows(
  data: { id: string; label: string; national: National; segment?: NationalSegment | undefined }[],
) {
  const m = chartMetrics;
  const rowHeight = m.rowHeight + 14;
  const scale = m.width / 100;
  const rows = data.map((d, i) => {
    const top = i * rowHeight;
    let x = 0;
    const segments: Segment[] = (['high', 'some', 'rest', 'low'] as const).flatMap((band) => {
      const share = d.national[band];
      if (share === undefined || share <= 0) return [];
      const segment = { band, x, width: share * scale, share, own: d.segment === band };
      x += segment.width;
      return [segment];
    });
    return { id: d.id, label: d.label, labelY: top + m.labelHeight - 4, barY: top + m.labelHeight + 2, segments };
  });
  return { box: { width: m.width, height: data.length * rowHeight }, rows, barHeight: m.barHeight, markerGap: 12 };
}
