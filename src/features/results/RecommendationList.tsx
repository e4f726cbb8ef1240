import { useTranslation } from 'react-i18next';
import type { Sector } from '../../../questions/sectors';
import { firstSteps, targetsClosedBy, type RecommendationResult, type TargetGap } from '../../../scoring';
import { recommendationText } from '../../format/recommendation-text';
import { AddToPlan } from '../plan/AddToPlan';

/** The id of a recommendation's heading, for links from the first screen. */
/** The worst answers behind a recommendation are shown; the rest are with the report's words, one click away. */
const shownReasons = 2;

export const recommendationAnchor = (id: string) => `recommendation-${id}`;

/**
 * The ranked recommendations, each in three labelled parts: what the report says (sourced), Parat's suggestion for
 * now, and the answers Parat mapped to it; a fact from after the report follows as a part of its own.
 */
export function RecommendationList({
  recommendations,
  gaps,
  sector,
  planning = true,
}: {
  recommendations: RecommendationResult[];
  gaps: TargetGap[];
  /** The organisation's sector, for the recommendations worded per sector. */
  sector: Sector | undefined;
  /** False where the recommendations are not this browser's own (a workshop's group): nothing to add to its plan. */
  planning?: boolean;
}) {
  const { t } = useTranslation();
  const rest = recommendations.slice(firstSteps);
  return (
    <>
      <h3>{t('results.recommendation.startHere')}</h3>
      <Items
        recommendations={recommendations.slice(0, firstSteps)}
        gaps={gaps}
        sector={sector}
        start={1}
        planning={planning}
      />
      {rest.length > 0 && (
        <details className="parat-more-recommendations">
          <summary>{t('results.recommendation.rest', { count: rest.length })}</summary>
          <Items recommendations={rest} gaps={gaps} sector={sector} start={firstSteps + 1} planning={planning} />
        </details>
      )}
    </>
  );
}

function Items({
  recommendations,
  gaps,
  sector,
  start,
  planning,
}: {
  recommendations: RecommendationResult[];
  gaps: TargetGap[];
  sector: Sector | undefined;
  start: number;
  planning: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ol className="parat-recommendations no-max-width" start={start}>
      {recommendations.map((r) => {
        const text = recommendationText(r, t, sector);
        const closes = targetsClosedBy(r, gaps);
        return (
          <li key={r.id} className="parat-recommendation">
            <h4 id={recommendationAnchor(r.id)} tabIndex={-1}>
              {text.title}
            </h4>
            <p className="parat-tags">
              <span className="parat-tag">{text.tags[0]}</span>{' '}
              <span className={`parat-tag parat-scope-${r.scope}`}>{text.tags[1]}</span>{' '}
              {planning && <AddToPlan recommendation={r} />}
            </p>
            <div className="parat-part parat-part-parat">
              <h5>{text.suggestionLabel}</h5>
              <p>{text.action}</p>
            </div>
            <div className="parat-part parat-part-why">
              <h5>{text.whyLabel}</h5>
              <ul>
                {text.why.slice(0, shownReasons).map((why) => (
                  <li key={why}>{why}</li>
                ))}
              </ul>
              {closes.length > 0 && (
                <p className="parat-closes">
                  {t('results.recommendation.closes', {
                    list: closes.map((id) => t(`bank:sections.${id}.title`)).join(', '),
                  })}
                </p>
              )}
            </div>
            {/* The report's own words and the source, one click away; labelled so they are never taken for Parat's. */}
            <details className="parat-part parat-part-report">
              <summary>
                {text.why.length > shownReasons
                  ? t('results.recommendation.reportAndReasons', {
                      report: text.reportLabel,
                      count: text.why.length - shownReasons,
                    })
                  : text.reportLabel}
              </summary>
              {text.tags[2] && <p className="parat-proposal">{text.tags[2]}</p>}
              <p>{text.about}</p>
              {text.status && <p>{text.status}</p>}
              <p className="parat-source">{text.source}</p>
              <p className="parat-mapping">{text.mapping}</p>
              {text.why.length > shownReasons && (
                <ul>
                  {text.why.slice(shownReasons).map((why) => (
                    <li key={why}>{why}</li>
                  ))}
                </ul>
              )}
            </details>
            {/* After the report's source, with its own: Parat's addition is never read as the report's. */}
            {text.update && (
              <div className="parat-part parat-part-update">
                <p>
                  <strong>{text.update.label}</strong> {text.update.text}
                </p>
                <p className="parat-source">{text.update.source}</p>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
