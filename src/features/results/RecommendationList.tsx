import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { seedFiles } from '../../../questions/sources';
import { targetsClosedBy, type RecommendationResult, type TargetGap } from '../../../scoring';

// Enough for a management summary; the rest is one click away.
const initiallyShown = 8;

/** The ranked recommendations: what, why (the answers that triggered it), what to do now, and the source. */
export function RecommendationList({
  recommendations,
  gaps,
}: {
  recommendations: RecommendationResult[];
  gaps: TargetGap[];
}) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? recommendations : recommendations.slice(0, initiallyShown);
  return (
    <>
      <ol className="parat-recommendations">
        {shown.map((r) => (
          <li key={r.id} className="parat-recommendation">
            <h3>
              {r.label && <span className="parat-label">{r.label} </span>}
              {t(`recommendations:${r.id}.title`)}
            </h3>
            <p className="parat-tags">
              <span className="parat-tag">{t(`bank:kinds.${r.kind}`)}</span>{' '}
              <span className={`parat-tag parat-scope-${r.scope}`}>{t(`bank:scopes.${r.scope}`)}</span>
              {r.proposal && (
                <span className="parat-proposal">
                  {' '}
                  {t('results.recommendation.proposal', {
                    label: r.proposal,
                    title: t(`bank:proposals.${r.proposal}`),
                  })}
                </span>
              )}
            </p>
            <h4 className="h5">{t('results.recommendation.why')}</h4>
            <ul>
              {r.triggers.map((trigger) => (
                <li key={trigger.questionId}>
                  {t('results.recommendation.trigger', {
                    question: t(`questions:${trigger.questionId}.short`),
                    answer: t(`bank:options.${trigger.answer}`),
                    section: t(`bank:sections.${trigger.sectionId}.title`),
                  })}
                </li>
              ))}
            </ul>
            {targetsClosedBy(r, gaps).length > 0 && (
              <p className="parat-closes">
                {t('results.recommendation.closes', {
                  list: targetsClosedBy(r, gaps)
                    .map((id) => t(`bank:sections.${id}.title`))
                    .join(', '),
                })}
              </p>
            )}
            <h4 className="h5">{t('results.recommendation.doNow')}</h4>
            <p>{t(`recommendations:${r.id}.action`)}</p>
            <details>
              <summary>{t('results.recommendation.about')}</summary>
              <p>{t(`recommendations:${r.id}.about`)}</p>
            </details>
            <p className="parat-source">
              {t('results.recommendation.source', {
                report: t(`bank:reports.${r.source.report}`),
                section: r.source.section,
                line: r.source.line,
                file: seedFiles[r.source.report],
              })}
            </p>
          </li>
        ))}
      </ol>
      {recommendations.length > initiallyShown && (
        <button type="button" className="button button-secondary parat-no-print" onClick={() => setShowAll(!showAll)}>
          {showAll
            ? t('results.recommendation.showFewer')
            : t('results.recommendation.showAll', { count: recommendations.length })}
        </button>
      )}
    </>
  );
}
