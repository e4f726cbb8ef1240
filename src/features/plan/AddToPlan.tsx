import { useTranslation } from 'react-i18next';
import type { RecommendationResult } from '../../../scoring';
import { usePlan } from './plan-context';

/**
 * Takes a recommendation into the plan, titled as the recommendation (editable there) and working towards the
 * areas whose answers triggered it; pressed again, takes it out.
 */
export function AddToPlan({ recommendation }: { recommendation: RecommendationResult }) {
  const { t } = useTranslation();
  const { plan, setAction } = usePlan();
  const { id } = recommendation;
  const inPlan = plan[id] !== undefined;
  const title = t(`recommendations:${id}.title`);
  const label = inPlan ? t('plan:remove') : t('plan:add');
  return (
    // Floated to the right of the first tag row, so it adds no line to a recommendation.
    <span className="parat-add-to-plan">
      {inPlan && <span className="parat-tag">✓ {t('plan:added')}</span>}{' '}
      <button
        type="button"
        className="button button-tertiary parat-inline-button parat-no-print"
        // The visible words first, so speech input finds the button by what it shows (WCAG 2.5.3).
        aria-label={`${label}: ${title}`}
        onClick={() =>
          setAction(
            id,
            inPlan
              ? undefined
              : {
                  title,
                  recommendation: id,
                  areas: [...new Set(recommendation.triggers.map((trigger) => trigger.sectionId))],
                  status: 'not-started',
                },
          )
        }
      >
        {inPlan ? label : `+ ${label}`}
      </button>
    </span>
  );
}
