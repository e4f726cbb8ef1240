import { useTranslation } from 'react-i18next';
import {
  actionStatuses,
  planLimits,
  withoutEmptyFields,
  type ActionStatus,
  type PlanAction,
} from '../../../questions/plan';
import type { PlanRow } from '../../format/plan-text';
import { usePlan } from './plan-context';
import { Field } from './Field';

type TextField = 'title' | 'responsible' | 'deadline' | 'reason' | 'note';

/** One action of the plan: its summary line, and its fields one click away, each saved as it changes. */
export function ActionEditor({ row, open }: { row: PlanRow; open: boolean }) {
  const { t } = useTranslation();
  const { setAction } = usePlan();
  const { id, action } = row;
  const field = (name: string) => `plan-${id}-${name}`;
  const set = (changes: Partial<PlanAction>) => setAction(id, withoutEmptyFields({ ...action, ...changes }));
  const text = (name: TextField) => ({
    id: field(name),
    value: action[name] ?? '',
    onChange: (event: { target: { value: string } }) => set({ [name]: event.target.value }),
  });
  const titleMissing = action.title.trim() === '';

  return (
    <details className="parat-action" open={open || titleMissing || undefined}>
      <summary>
        <span className="parat-action-title">{row.title}</span>{' '}
        <span className="parat-action-meta">
          {[row.status, row.deadline || t('plan:noDeadline'), row.responsible || t('plan:noResponsible')].join(' · ')}
        </span>
      </summary>
      <p className="parat-small">{row.from}</p>
      {row.areas && (
        <p className="parat-small">
          {t('plan:fields.areas')}: {row.areas}
        </p>
      )}
      <Field id={field('title')} label={t('plan:fields.title')} error={titleMissing ? t('plan:titleMissing') : ''}>
        <input
          className="form-input parat-wide"
          maxLength={planLimits.title}
          aria-invalid={titleMissing || undefined}
          aria-describedby={titleMissing ? `${field('title')}-error` : undefined}
          {...text('title')}
        />
      </Field>
      <div className="parat-action-fields">
        <Field id={field('responsible')} label={t('plan:fields.responsible')}>
          <input className="form-input" maxLength={planLimits.responsible} {...text('responsible')} />
        </Field>
        <Field id={field('deadline')} label={t('plan:fields.deadline')}>
          <input className="form-input input-width-s" type="date" {...text('deadline')} />
        </Field>
        <Field id={field('status')} label={t('plan:fields.status')}>
          <select
            className="form-select"
            id={field('status')}
            value={action.status}
            onChange={(event) => set({ status: event.target.value as ActionStatus })}
          >
            {actionStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`plan:status.${status}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {action.status === 'dropped' && (
        <Field id={field('reason')} label={t('plan:fields.reason')}>
          <input className="form-input parat-wide" maxLength={planLimits.reason} {...text('reason')} />
        </Field>
      )}
      <Field id={field('note')} label={t('plan:fields.note')}>
        <textarea className="form-input parat-wide" rows={2} maxLength={planLimits.note} {...text('note')} />
      </Field>
      <button
        type="button"
        className="button button-tertiary parat-no-print"
        aria-label={`${t('plan:remove')}: ${row.title}`}
        onClick={() => {
          setAction(id, undefined);
          // The action and its button are gone: the page's heading keeps the reader's place.
          document.getElementById('page-heading')?.focus();
        }}
      >
        {t('plan:remove')}
      </button>
    </details>
  );
}
