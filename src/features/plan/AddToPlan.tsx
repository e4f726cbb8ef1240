import { useTranslation } from 'react-i18next';
import type { RecommendationResult } from '../../../scoring';
import { useAssessment, useStore } from '../../state/context';

/**
 * Takes a recommendation into the plan, titled as the recommendation (editable there) and working towards the
 * areas whose answers triggered it; pressed again, takes it out.
 */
export function AddToPlan({ recommendation }: { recommendation: RecommendationResult }) {
  const { t } = useTranslation();
  const store = useStore();
  const { plan } = useAssessment();
  const { id } = recommendation;
  const inPlan = plan[id] !== undefined;
  const title = t(`recommendations:${id}.title`);
  return (
    <button
      type="button"
      className="button button-tertiary parat-inline-button parat-no-print"
      aria-pressed={inPlan}
      aria-label={inPlan ? t('plan:addedLabel', { title }) : `${t('plan:add')}: ${title}`}
      onClick={() =>
        store.setAction(
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
      {inPlan ? `✓ ${t('plan:added')}` : `+ ${t('plan:add')}`}
    </button>
  );
}
