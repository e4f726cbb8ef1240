import { useTranslation } from 'react-i18next';
import { targetsClosedBy, type RecommendationResult, type TargetGap } from '../../../scoring';
import { recommendationText } from '../../format/recommendation-text';

/** Where to start: the first recommendations, named as such; the rest stay one click away, never hidden. */
const startWith = 5;

/**
 * The ranked recommendations, each in three labelled parts: what the report says (sourced), Parat's suggestion for
 * now, and the answers Parat mapped to it.
 */
export function RecommendationList({
  recommendations,
  gaps,
}: {
  recommendations: RecommendationResult[];
  gaps: TargetGap[];
}) {
  const { t } = useTranslation();
  const rest = recommendations.slice(startWith);
  return (
    <>
      <h3>{t('results.recommendation.startHere')}</h3>
      <p>{t('results.recommendation.startHereLead')}</p>
      <Items recommendations={recommendations.slice(0, startWith)} gaps={gaps} start={1} />
      {rest.length > 0 && (
        <details className="parat-more-recommendations">
          <summary>{t('results.recommendation.rest', { count: rest.length })}</summary>
          <Items recommendations={rest} gaps={gaps} start={startWith + 1} />
        </details>
      )}
    </>
  );
}

function Items({
  recommendations,
  gaps,
  start,
}: {
  recommendations: RecommendationResult[];
  gaps: TargetGap[];
  start: number;
}) {
  const { t } = useTranslation();
  return (
    <ol className="parat-recommendations" start={start}>
      {recommendations.map((r) => {
        const text = recommendationText(r, t);
        const closes = targetsClosedBy(r, gaps);
        return (
          <li key={r.id} className="parat-recommendation">
            <h4>{text.title}</h4>
            <p className="parat-tags">
              <span className="parat-tag">{text.tags[0]}</span>{' '}
              <span className={`parat-tag parat-scope-${r.scope}`}>{text.tags[1]}</span>
              {text.tags[2] && <span className="parat-proposal"> {text.tags[2]}</span>}
            </p>
            <div className="parat-part parat-part-report">
              <h5>{text.reportLabel}</h5>
              <p>{text.about}</p>
              {text.status && <p>{text.status}</p>}
              {text.update && (
                <p>
                  <strong>{text.updateLabel}</strong> {text.update}
                </p>
              )}
              <p className="parat-source">{text.source}</p>
            </div>
            <div className="parat-part parat-part-parat">
              <h5>{text.suggestionLabel}</h5>
              <p>{text.action}</p>
            </div>
            <div className="parat-part parat-part-why">
              <h5>{text.whyLabel}</h5>
              <p className="parat-mapping">{text.mapping}</p>
              <ul>
                {text.why.map((why, i) => (
                  <li key={r.triggers[i]?.questionId ?? i}>{why}</li>
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
          </li>
        );
      })}
    </ol>
  );
}
