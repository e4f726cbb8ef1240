import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { ChartSvg } from './ChartSvg';
import { TableDisclosure } from './TableDisclosure';
import { barRows, chartMetrics } from '../../charts/geometry';

/** A hand-drawn SVG bar chart with a title, a description and the same figures as a table beside it. */
export function BarChart({
  title,
  description,
  valueHeading,
  data,
}: {
  title: string;
  description: string;
  valueHeading: string;
  data: { id: string; label: string; value: number | null; valueText: string; detail: string }[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const { box, rows } = barRows(data);
  return (
    <figure className="parat-chart">
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p id={`${id}-desc`}>{description}</p>
      </figcaption>
      <ChartSvg box={box} id={id}>
        {rows.map((row) => (
          <g key={row.id}>
            <text x={0} y={row.labelY} className="parat-chart-label">
              {row.label}
            </text>
            <rect
              x={0}
              y={row.barY}
              width={chartMetrics.width - chartMetrics.valueWidth}
              height={chartMetrics.barHeight}
              className="parat-chart-track"
            />
            <rect x={0} y={row.barY} width={row.barWidth} height={chartMetrics.barHeight} className="parat-chart-bar" />
            <text x={row.valueX} y={row.barY + chartMetrics.barHeight - 6} className="parat-chart-value">
              {row.valueText}
            </text>
          </g>
        ))}
      </ChartSvg>
      <TableDisclosure>
        <DataTable
          label={title}
          className="table table--compact parat-chart-table"
          head={[t('results.table.area'), valueHeading, t('results.table.basis')]}
        >
          {data.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.label}</th>
              <td>{d.valueText}</td>
              <td>{d.detail}</td>
            </tr>
          ))}
        </DataTable>
      </TableDisclosure>
    </figure>
  );
}
