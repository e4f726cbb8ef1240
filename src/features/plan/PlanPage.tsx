import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { assess } from '../../../scoring';
import { PageHeading } from '../../components/PageHeading';
import { planRows } from '../../format/plan-text';
import { href } from '../../routing';
import { useAssessment } from '../../state/context';
import { ApprovalSection } from './ApprovalSection';
import { PlanActions } from './PlanActions';
import { PlanExports } from './PlanExports';
import { PlanTools } from './PlanTools';

/**
 * The organisation's action plan, a page of its own beside the results: the recommendations it has taken up and its
 * own actions, each with who, by when and how far it has come. Saved with the answers on every change.
 */
export function PlanPage() {
  const { t, i18n } = useTranslation();
  const { answers, plan, targets } = useAssessment();
  const { scores } = useMemo(() => assess(bank, answers), [answers]);
  const rows = planRows(plan, t, i18n.language, scores, targets);

  return (
    <>
      <PageHeading>{t('plan:heading')}</PageHeading>
      <p className="font-lead">{t('plan:lead')}</p>
      <PlanActions rows={rows} empty={t('plan:empty')} />
      <ApprovalSection />
      <section className="parat-no-print" aria-labelledby="plan-downloads-heading">
        <h2 id="plan-downloads-heading">{t('records:tools.downloadHeading')}</h2>
        <PlanExports rows={rows} />
        <PlanTools rows={rows} organisation={answers['organisation-name']?.trim() ?? ''} />
      </section>
      <p>
        <a href={href({ page: 'results' })}>{t('plan:toResults')}</a>
      </p>
    </>
  );
}
