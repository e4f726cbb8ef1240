import { memo, useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import type { AnswersFile } from '../../../questions/answers';
import type { Trend } from '../../../scoring';
import { actionHistoryText, comparabilityText, leftOutTexts, movesText, shortDate } from '../../format/series-text';
import { answersFileNameParts } from '../../format/organisation-title';
import { datedName } from '../../state/download';
import { TrendChart } from './TrendChart';
import { SeriesReportButton } from './SeriesReportButton';

const charts = [
  { kind: 'barrier-category', key: 'barriers' },
  { kind: 'technology', key: 'technologies' },
  { kind: 'maturity-area', key: 'maturity' },
] as const;

/** One unit's assessments over time: each area's score per assessment, how comparable they are, what moved. */
export const TrendView = memo(function TrendView({
  trend,
  latest,
}: {
  trend: Trend;
  latest?: AnswersFile | undefined;
}) {
  const { t, i18n } = useTranslation();
  // What fills the first screen (the lead and the first chart) is drawn at once; the charts and lists below it follow
  // in the background, in slices the browser can paint between, before anyone has scrolled to them.
  const whole = useDeferredValue(true, false);
  // Short dates in the table too: on a phone it replaces the chart, and three long dates would not fit.
  const columns = trend.assessments.map((a) => shortDate(a.date, i18n.language));
  return (
    <>
      <p>
        {t('series:view.trendLead', {
          name: trend.organisation || t('series:unnamed'),
          count: trend.assessments.length,
        })}
      </p>
      {latest && (
        <SeriesReportButton
          label={t('series:view.trendReport')}
          file={latest}
          options={{ trend }}
          fileName={datedName(
            t('app:files.reportStem'),
            'pdf',
            latest.savedAt ?? '',
            answersFileNameParts(latest.answers),
          )}
        />
      )}
      {leftOutTexts(trend.repeats, [], t).map((text) => (
        <p key={text} className="parat-small">
          {text}
        </p>
      ))}
      <TrendCharts trend={trend} columns={columns} first={!whole} />
      {whole && <TrendLists trend={trend} />}
    </>
  );
});

/** What moved most, how comparable each pair of assessments is, and what became of earlier plans' actions. */
function TrendLists({ trend }: { trend: Trend }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <h4>{t('series:trend.moves')}</h4>
      <ul>
        {movesText(trend.moves, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h4>{t('series:trend.comparability')}</h4>
      <ul>
        {trend.comparability.map((pair) => (
          <li key={`${pair.from}-${pair.to}`}>{comparabilityText(pair, bank.version, t, i18n.language)}</li>
        ))}
      </ul>
      <h4>{t('series:trend.actions')}</h4>
      {trend.actions.length > 0 ? (
        <ul>
          {trend.actions.map((action) => (
            <li key={action.id}>{actionHistoryText(action, t, i18n.language)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('series:trend.noActions')}</p>
      )}
    </>
  );
}

/** A line chart per kind of score that has one: barrier categories, technologies, maturity areas; or the first. */
function TrendCharts({ trend, columns, first }: { trend: Trend; columns: string[]; first: boolean }) {
  const { t } = useTranslation();
  const shown = charts.filter(({ kind }) => trend.trend.some((s) => s.kind === kind)).slice(0, first ? 1 : undefined);
  return (
    <>
      {shown.map(({ kind, key }) => (
        <TrendChart
          key={kind}
          title={t(`series:view.charts.${key}.title`)}
          description={t(`series:view.charts.${key}.description`)}
          columns={columns}
          rows={trend.trend
            .filter((s) => s.kind === kind)
            .map((s) => ({
              id: s.sectionId,
              label: t(`bank:sections.${s.sectionId}.title`),
              values: s.points.map((p) => p.value),
            }))}
        />
      ))}
    </>
  );
}
