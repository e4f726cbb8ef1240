import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { planLimits } from '../../../questions/plan';
import { ownId, usePlan } from './plan-context';

/** Adds an action of the organisation's (or the workshop's) own to the plan; the new action's id goes to `onAdded`. */
export function OwnActionForm({ onAdded }: { onAdded: (id: string) => void }) {
  const { t } = useTranslation();
  const { setAction } = usePlan();
  const [title, setTitle] = useState('');
  const [error, setError] = useState(false);

  const addOwn = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setError(true);
      document.getElementById('plan-own-title')?.focus();
      return;
    }
    const id = ownId();
    setAction(id, { title: title.trim(), areas: [], status: 'not-started' });
    setTitle('');
    setError(false);
    onAdded(id);
  };

  return (
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
  );
}
