import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { assess } from '../../../scoring';
import { PageHeading } from '../../components/PageHeading';
import { planRows } from '../../format/plan-text';
import { href } from '../../routing';
import { useAssessment } from '../../state/context';
import { ActionEditor } from './ActionEditor';
import { ApprovalSection } from './ApprovalSection';
import { OwnActionForm } from './OwnActionForm';
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
  // The action just added opens, so its responsible and deadline are the next thing to fill in.
  const [opened, setOpened] = useState<string>();

  return (
    <>
      <PageHeading>{t('plan:heading')}</PageHeading>
      <p className="font-lead">{t('plan:lead')}</p>
      {rows.length === 0 ? (
        <p>{t('plan:empty')}</p>
      ) : (
        <ol className="parat-plan no-max-width">
          {rows.map((row) => (
            <li key={row.id}>
              <ActionEditor row={row} open={row.id === opened} />
            </li>
          ))}
        </ol>
      )}
      <OwnActionForm onAdded={setOpened} />
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
