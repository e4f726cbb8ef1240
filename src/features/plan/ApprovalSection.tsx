import { useTranslation } from 'react-i18next';
import { approvalLimits } from '../../../questions/record-limits';
import { answersHash } from '../../../questions/documentation';
import { Alert } from '../../components/Alert';
import { approvalText } from '../../format/records-text';
import { useAssessment, useStore } from '../../state/context';
import { Field } from './Field';

/**
 * "Godkendelse": who approved the assessment and plan on management's behalf, when, and with what reservations,
 * each field saved as it is typed. An approval given before the answers last changed says so above the fields.
 */
export function ApprovalSection() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const { approval, answers } = useAssessment();
  const text = approvalText(approval, answers, t, i18n.language);
  const input = (field: 'name' | 'role' | 'date' | 'reservations') => ({
    id: `approval-${field}`,
    value: approval[field] ?? '',
    'aria-describedby': `approval-${field}-hint`,
    onChange: (event: { target: { value: string } }) =>
      store.setApproval(field, event.target.value, answersHash(answers)),
  });

  return (
    <section className="parat-approval" aria-labelledby="approval-heading">
      <h2 id="approval-heading">{t('records:approval.heading')}</h2>
      <p>{t('records:approval.lead')}</p>
      {text.stale ? (
        <Alert kind="warning" heading={text.stale.mark}>
          <p>
            {text.line} {text.stale.action}
          </p>
        </Alert>
      ) : (
        <p className="parat-approval-status">{text.line}</p>
      )}
      <Field id="approval-name" label={t('records:approval.name')} hint={t('records:approval.nameHint')}>
        <input className="form-input" autoComplete="name" maxLength={approvalLimits.name} {...input('name')} />
      </Field>
      <Field id="approval-role" label={t('records:approval.role')} hint={t('records:approval.roleHint')}>
        <input
          className="form-input"
          autoComplete="organization-title"
          maxLength={approvalLimits.role}
          {...input('role')}
        />
      </Field>
      <Field id="approval-date" label={t('records:approval.date')}>
        <input className="form-input input-width-s" type="date" {...input('date')} aria-describedby={undefined} />
      </Field>
      <Field
        id="approval-reservations"
        label={t('records:approval.reservations')}
        hint={t('records:approval.reservationsHint')}
      >
        <textarea
          className="form-input parat-wide"
          rows={3}
          maxLength={approvalLimits.reservations}
          {...input('reservations')}
        />
      </Field>
    </section>
  );
}
