import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { formatPercent } from '../../format/locale';
import { ChartSvg } from './ChartSvg';
import { TableDisclosure } from './TableDisclosure';
import { distributionRows } from '../../charts/geometry';

type Item = Parameters<typeof distributionRows>[0][number] & {
  answerText: string;
  /** The answer's standing among public organisations, in words; absent when there is no degree answer. */
  standing?: string | undefined;
  sectorNote?: string | undefined;
};

/**
 * The national shares of each band for every item, with the organisation's own band outlined and marked, so the
 * comparison never rests on colour alone; each row says in words where the answer stands. The table holds the same.
 */
export function DistributionChart({ title, items }: { title: string; items: Item[] }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { box, rows, barHeight, markerGap } = distributionRows(items);
  const standingOf = new Map(items.map((item) => [item.id, item.standing]));
  const segments = (['high', 'some', 'rest', 'low'] as const).filter(
    (band) => band !== 'some' || items.some((item) => item.national.some !== undefined),
  );
  return (
    <figure className="parat-chart">
      <figcaption>
        <h4 id={`${id}-title`}>{title}</h4>
        <p id={`${id}-desc`}>{t('results.national.description')}</p>
      </figcaption>
      <ul className="parat-legend" aria-hidden="true">
        {segments.map((band) => (
          <li key={band}>
            <span className={`parat-swatch parat-band-${band}`} /> {t(`bank:bands.${band}`)}
          </li>
        ))}
        <li>
          <span className="parat-swatch parat-own" /> {t('results.national.yours')}
        </li>
      </ul>
      <ChartSvg box={box} id={id}>
        {rows.map((row) => (
          <g key={row.id}>
            <text x={0} y={row.labelY} className="parat-chart-label">
              {row.label}
              {standingOf.get(row.id) && <tspan className="parat-chart-standing"> · {standingOf.get(row.id)}</tspan>}
            </text>
            {row.segments.map((s) => (
              <g key={s.band}>
                <rect
                  x={s.x}
                  y={row.barY}
                  width={s.width}
                  height={barHeight}
                  className={`parat-band-${s.band}${s.own ? ' parat-own' : ''}`}
                />
                {s.width >= 36 && (
                  <text x={s.x + 4} y={row.barY + barHeight - 6} className={`parat-chart-segment parat-text-${s.band}`}>
                    {formatPercent(s.share, i18n.language)}
                  </text>
                )}
                {s.own && (
                  <text
                    x={s.x + s.width / 2}
                    y={row.barY + barHeight + markerGap}
                    textAnchor="middle"
                    className="parat-chart-marker"
                  >
                    ▲ {t('results.national.you')}
                  </text>
                )}
              </g>
            ))}
          </g>
        ))}
      </ChartSvg>
      {items.map((item) => item.sectorNote && <p key={item.id}>{item.sectorNote}</p>)}
      <TableDisclosure>
        <DataTable
          label={title}
          className="table table--compact parat-chart-table"
          head={[
            t('results.table.question'),
            t('results.table.yourAnswer'),
            t('results.table.standing'),
            t('bank:bands.high'),
            t('bank:bands.some'),
            t('bank:bands.rest'),
            t('bank:bands.low'),
          ]}
        >
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">{item.label}</th>
              <td>{item.answerText}</td>
              <td>{item.standing ?? '–'}</td>
              {(['high', 'some', 'rest', 'low'] as const).map((band) => {
                const value = item.national[band];
                return (
                  <td key={band}>
                    {value === undefined
                      ? t('results.national.notReported')
                      : band === 'rest'
                        ? item.national.some === undefined
                          ? t('results.national.restWithSome', { value })
                          : t('results.national.restUnknown', { value })
                        : formatPercent(value, i18n.language)}
                    {item.segment === band && <span className="parat-own-mark"> ◆ {t('results.national.you')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </DataTable>
      </TableDisclosure>
    </figure>
  );
}
