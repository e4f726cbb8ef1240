import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { compareUnits, type Assessment } from '../../../scoring';
import { Alert } from '../../components/Alert';
import { seriesProblemText } from '../../format/series-text';
import { trendOfChosen } from './trend-of-chosen';
import { TrendView } from './TrendView';
import { UnitsView } from './UnitsView';

/**
 * The chosen assessments as a trend or units side by side, in a chunk of its own. Once asked for (before, the
 * page may draw it ahead, unseen), its heading takes the focus, so a keyboard or screen reader user lands on what the
 * button made; files that cannot be set side by side get one message naming them.
 */
function SeriesView({
  kind,
  assessments,
  asked,
}: {
  kind: 'trend' | 'units';
  assessments: Assessment[];
  /** How many times a button has asked for the view; 0 while it is drawn ahead, unseen. */
  asked: number;
}) {
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
  // On each press of a button, not when the choice changes under a view shown (the focus stays on the box ticked);
  // at the top of the screen, so what the button made fills it, not only its heading at the bottom.
  useEffect(() => {
    if (asked === 0) return;
    heading.current?.focus({ preventScroll: true });
    heading.current?.scrollIntoView({ block: 'start' });
  }, [asked]);
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

// Memoised: the page draws again on every tick of a box, while the view's props change only once the deferred choice
// has caught up (AssessmentsPage); revealing the trend drawn ahead changes `asked` alone, and TrendView is not redrawn.
export default memo(SeriesView);
