import { useTranslation } from 'react-i18next';
import type { Plan, PlanAction } from '../../../../questions/plan';
import { sectorOf } from '../../../../questions/sectors';
import type { DecidedWorkshop } from '../../../../scoring';
import { planRows } from '../../../format/plan-text';
import { PlanActions } from '../../plan/PlanActions';
import { PlanProvider } from '../../plan/plan-context';
import { RecommendationList } from '../../results/RecommendationList';

/**
 * The group's recommendations, built on its answers after the discussion, each one click from the workshop's shared
 * plan; and that plan, kept in the workshop (never in the user's own assessment), with owners and deadlines.
 */
export function WorkshopPlan({
  workshop,
  plan,
  setAction,
}: {
  workshop: DecidedWorkshop;
  plan: Readonly<Plan>;
  setAction: (id: string, action: PlanAction | undefined) => void;
}) {
  const { t, i18n } = useTranslation();
  const rows = planRows(plan, t, i18n.language, workshop.group.scores, {});
  return (
    <PlanProvider target={{ plan, setAction }}>
      <h2>{t('workshop:groupHeading')}</h2>
      <p>{t('meeting:plan.groupIntro')}</p>
      {workshop.group.recommendations.length > 0 ? (
        <RecommendationList
          recommendations={workshop.group.recommendations}
          gaps={[]}
          sector={sectorOf(workshop.groupAnswers.sector)}
        />
      ) : (
        <p>{t('results.summary.noRecommendations')}</p>
      )}
      <section aria-labelledby="workshop-plan-heading">
        <h2 id="workshop-plan-heading">{t('meeting:plan.heading')}</h2>
        <p>{t('meeting:plan.lead')}</p>
        <PlanActions rows={rows} empty={t('meeting:plan.empty')} />
      </section>
    </PlanProvider>
  );
}
