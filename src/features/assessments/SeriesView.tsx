import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { compareUnits, type Assessment } from '../../../scoring';
import { Alert } from '../../components/Alert';
import { seriesProblemText } from '../../format/series-text';
import { trendOfChosen } from './series-warmup';
import { TrendView } from './TrendView';
import { UnitsView } from './UnitsView';

export { warmTrend } from './series-warmup';

/**
 * The chosen assessments as a trend or units side by side, loaded only when asked for. Its heading takes the focus,
 * so a keyboard or screen reader user lands on what the button made; files that cannot be set side by side get one
 * message naming them.
 */
export default function SeriesView({ kind, assessments }: { kind: 'trend' | 'units'; assessments: Assessment[] }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const trend = useMemo(() => (kind === 'trend' ? trendOfChosen(assessments) : undefined), [kind, assessments]);
  const units = useMemo(() => (kind === 'units' ? compareUnits(bank, assessments) : undefined), [kind, assessments]);
  const problem =
    trend && !trend.ok
      ? seriesProblemText(trend.problem, t)
      : units && !units.ok
        ? seriesProblemText(units.problem, t, true)
        : undefined;
  useEffect(() => heading.current?.focus(), [trend, units]);
  return (
    <section aria-labelledby="series-heading" className="parat-series">
      <h2 id="series-heading" ref={heading} tabIndex={-1}>
        {kind === 'trend' ? t('series:view.trendHeading') : t('series:view.unitsHeading')}
      </h2>
      {problem !== undefined && (
        <Alert kind="error" heading={t('series:view.refused')}>
          <p>{problem}</p>
        </Alert>
      )}
      {trend?.ok && (
        <TrendView
          trend={trend.trend}
          latest={assessments.find((a) => a.label === trend.trend.assessments.at(-1)?.label)?.file}
        />
      )}
      {units?.ok && <UnitsView comparison={units.comparison} assessments={assessments} />}
    </section>
  );
}
