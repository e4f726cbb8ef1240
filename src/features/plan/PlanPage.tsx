import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { planLimits } from '../../../questions/plan';
import { assess } from '../../../scoring';
import { PageHeading } from '../../components/PageHeading';
import { planRows } from '../../format/plan-text';
import { href } from '../../routing';
import { useAssessment, useStore } from '../../state/context';
import { ActionEditor } from './ActionEditor';
import { ApprovalSection } from './ApprovalSection';
import { PlanExports } from './PlanExports';
import { PlanTools } from './PlanTools';

/** A new own action's id: unique without a counter, so two tabs adding at once do not overwrite each other. */
const ownId = () => `own-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * The organisation's action plan, a page of its own beside the results: the recommendations it has taken up and its
 * own actions, each with who, by when and how far it has come. Saved with the answers on every change.
 */
export function PlanPage() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { answers, plan, targets } = useAssessment();
  const { scores } = useMemo(() => assess(bank, answers), [answers]);
  const rows = planRows(plan, t, i18n.language, scores, targets);
  const [title, setTitle] = useState('');
  const [error, setError] = useState(false);
  // The action just added opens, so its responsible and deadline are the next thing to fill in.
  const [opened, setOpened] = useState<string>();

  const addOwn = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setError(true);
      document.getElementById('plan-own-title')?.focus();
      return;
    }
    const id = ownId();
    store.setAction(id, { title: title.trim(), areas: [], status: 'not-started' });
    setTitle('');
    setError(false);
    setOpened(id);
  };

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
      <form noValidate onSubmit={addOwn} className="parat-plan-own parat-no-print" aria-labelledby="plan-own-heading">
        <h3 id="plan-own-heading">{t('plan:own.heading')}</h3>
        <div className={`form-group${error ? ' form-error' : ''}`}>
          <label className="form-label" htmlFor="plan-own-title">
            {t('plan:own.label')}
          </label>
          {error && (
            <span className="form-error-message" id="plan-own-title-error">
              <span className="sr-only">{t('errors.prefix')}</span>
              {t('plan:own.error')}
            </span>
          )}
          <input
            className="form-input parat-wide"
            id="plan-own-title"
            value={title}
            maxLength={planLimits.title}
            aria-invalid={error || undefined}
            aria-describedby={error ? 'plan-own-title-error' : undefined}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <button type="submit" className="button button-secondary">
          {t('plan:own.submit')}
        </button>
      </form>
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
