import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { markerPolygon, trendGeometry, type TrendLineGeometry } from '../../charts/trend-geometry';
import { DataTable } from '../../components/DataTable';
import { overlapTexts } from '../../format/series-text';
import { ChartSvg } from '../results/ChartSvg';
import { TableDisclosure } from '../results/TableDisclosure';

const points = (polygon: [number, number][]) => polygon.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/** A line's marker in the legend: the same shape, colour and dash as on the chart. */
function LegendMark({ line }: { line: TrendLineGeometry }) {
  return (
    <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" className="parat-legend-mark">
      <line x1="2" y1="7" x2="34" y2="7" stroke={line.style.colour} strokeWidth="2" strokeDasharray={line.style.dash} />
      <polygon points={points(markerPolygon(line.style.shape, 18, 7, 4))} fill={line.style.colour} />
    </svg>
  );
}

/**
 * Several areas' scores over the assessments as a hand-written SVG line chart: a line, a dash pattern and a marker
 * shape per area, a legend in HTML that wraps on a phone, and the figures as a table behind "Vis som tabel".
 */
export function TrendChart({
  title,
  description,
  columns,
  rows,
}: {
  title: string;
  description: string;
  columns: string[];
  rows: { id: string; label: string; values: (number | null)[] }[];
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const chart = trendGeometry(columns, rows);
  const figure = (value: number | null) => (value === null ? t('app:results.noScore') : String(Math.round(value)));
  return (
    <figure className="parat-chart">
      <figcaption>
        <h4 id={`${id}-title`}>{title}</h4>
        <p id={`${id}-desc`}>{description}</p>
      </figcaption>
      <ChartSvg box={chart.box} id={id}>
        {chart.gridlines.map((g) => (
          <g key={g.value}>
            <line x1={chart.plot.left} x2={chart.plot.right} y1={g.y} y2={g.y} className="parat-trend-grid" />
            <text x={chart.plot.left - 8} y={g.y + 5} textAnchor="end" className="parat-chart-label">
              {g.value}
            </text>
          </g>
        ))}
        {chart.columns.map((c, i) =>
          c.shown ? (
            <text
              key={i}
              x={c.x}
              y={chart.box.height - 8}
              textAnchor={
                chart.columns.length > 1 && i === chart.columns.length - 1 ? 'end' : i === 0 ? 'start' : 'middle'
              }
              className="parat-chart-label"
            >
              {c.label}
            </text>
          ) : null,
        )}
        {chart.lines.map((line) => (
          <g key={line.id}>
            {line.runs.map((run, i) => (
              <polyline
                key={i}
                points={points(run.map((p) => [p.x, p.y]))}
                fill="none"
                stroke={line.style.colour}
                strokeWidth="2.5"
                strokeDasharray={line.style.dash}
              />
            ))}
            {line.points.map((p, i) => (
              <polygon key={i} points={points(markerPolygon(line.style.shape, p.x, p.y))} fill={line.style.colour} />
            ))}
          </g>
        ))}
      </ChartSvg>
      <ul className="parat-legend" aria-hidden="true">
        {chart.lines.map((line) => (
          <li key={line.id}>
            <LegendMark line={line} /> {line.label}
          </li>
        ))}
      </ul>
      {overlapTexts(rows, t, i18n.language).map((text) => (
        <p key={text} className="parat-small parat-chart-note">
          {text}
        </p>
      ))}
      <TableDisclosure>
        <DataTable
          label={title}
          className="table table--compact parat-chart-table"
          head={[t('series:table.area'), ...columns]}
        >
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.label}</th>
              {row.values.map((value, i) => (
                <td key={i}>{figure(value)}</td>
              ))}
            </tr>
          ))}
        </DataTable>
      </TableDisclosure>
    </figure>
  );
}
