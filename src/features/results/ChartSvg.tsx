import type { ReactNode } from 'react';
import type { ChartBox } from '../../charts/geometry';

/** The SVG of a chart: an image named by its figure's title and described by its description. */
export function ChartSvg({ box, id, children }: { box: ChartBox; id: string; children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="parat-chart-svg"
    >
      {children}
    </svg>
  );
}
