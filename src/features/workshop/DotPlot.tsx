import { useTranslation } from 'react-i18next';

/**
 * Dots that share a score stand on top of each other, so each participant stays visible: the nth dot at a score is
 * raised n steps.
 */
export function stackDots(values: readonly number[]): { value: number; level: number }[] {
  const seen = new Map<number, number>();
  return values.map((value) => {
    const at = Math.round(value);
    const level = seen.get(at) ?? 0;
    seen.set(at, level + 1);
    return { value: at, level };
  });
}

// In CSS pixels: x is a share of the width, so the figures keep the size the stylesheet gives them on any screen.
const labelHeight = 52;
const step = 30;
const radius = 13;
const tickHeight = 52;

/** Where a label at x % stands, so one near either end stays inside the plot. */
const anchor = (x: number) => (x < 15 ? 'start' : x > 85 ? 'end' : 'middle');

/** One dot per participant on 0-100 and the group's score marked, for the back of a room; read out as a sentence. */
export function DotPlot({ values, group }: { values: readonly number[]; group: number | null }) {
  const { t } = useTranslation();
  const dots = stackDots(values);
  const levels = Math.max(1, ...dots.map((d) => d.level + 1));
  const axis = labelHeight + levels * step + radius;
  const label = [
    t('workshop:dotPlot.participants', { values: dots.map((d) => d.value).join(', ') }),
    group === null ? '' : t('workshop:dotPlot.group', { value: Math.round(group) }),
  ]
    .join(' ')
    .trim();
  return (
    <svg className="parat-dot-plot" width="100%" height={axis + tickHeight} role="img" aria-label={label}>
      <line className="parat-dot-plot-axis" x1="0%" x2="100%" y1={axis} y2={axis} />
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick}>
          <line className="parat-dot-plot-axis" x1={`${tick}%`} x2={`${tick}%`} y1={axis} y2={axis + 10} />
          <text x={`${tick}%`} y={axis + tickHeight - 6} textAnchor={anchor(tick)}>
            {tick}
          </text>
        </g>
      ))}
      {group !== null && (
        <g className="parat-dot-plot-group">
          <line x1={`${group}%`} x2={`${group}%`} y1={labelHeight - 44} y2={axis} />
          <text
            x={`${group}%`}
            dx={group < 50 ? 10 : -10}
            y={labelHeight - 14}
            textAnchor={group < 50 ? 'start' : 'end'}
          >
            {t('workshop:dotPlot.groupMark', { value: Math.round(group) })}
          </text>
        </g>
      )}
      {dots.map((d, i) => (
        <circle key={i} className="parat-dot" cx={`${d.value}%`} cy={axis - radius - 4 - d.level * step} r={radius} />
      ))}
    </svg>
  );
}
