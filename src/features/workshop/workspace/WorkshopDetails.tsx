import { useTranslation } from 'react-i18next';
import { Field } from '../../plan/Field';
import { workshopLimits, type WorkshopFile } from '../../../../questions/workshop-file';

export type WorkshopFields = Pick<WorkshopFile, 'name' | 'date' | 'facilitator' | 'showNames'>;

/**
 * The workshop's own facts, saved with it and printed on the report's cover: the organisation (or what the
 * facilitator calls the workshop), the date and the facilitator; and whether participants are shown by name.
 */
export function WorkshopDetails({
  file,
  onChange,
}: {
  file: WorkshopFields;
  onChange: (fields: WorkshopFields) => void;
}) {
  const { t } = useTranslation();
  const set = (changes: Partial<WorkshopFields>) => {
    const next = { ...file, ...changes };
    // An optional field left empty is no field, as the file keeps it.
    onChange({
      name: next.name,
      ...(next.date ? { date: next.date } : {}),
      ...(next.facilitator ? { facilitator: next.facilitator } : {}),
      ...(next.showNames ? { showNames: true } : {}),
    });
  };
  return (
    <div className="parat-workshop-details">
      <Field id="workshop-name" label={t('meeting:workspace.name')}>
        <input
          className="form-input parat-wide"
          id="workshop-name"
          maxLength={workshopLimits.name}
          value={file.name}
          onChange={(event) => set({ name: event.target.value })}
        />
      </Field>
      <Field id="workshop-date" label={t('meeting:workspace.date')}>
        <input
          className="form-input"
          id="workshop-date"
          type="date"
          value={file.date ?? ''}
          onChange={(event) => set({ date: event.target.value })}
        />
      </Field>
      <Field id="workshop-facilitator" label={t('meeting:workspace.facilitator')}>
        <input
          className="form-input"
          id="workshop-facilitator"
          maxLength={workshopLimits.facilitator}
          value={file.facilitator ?? ''}
          onChange={(event) => set({ facilitator: event.target.value })}
        />
      </Field>
      <div className="form-group-checkbox">
        <input
          className="form-checkbox"
          type="checkbox"
          id="workshop-show-names"
          aria-describedby="workshop-show-names-hint"
          checked={file.showNames === true}
          onChange={(event) => set({ showNames: event.target.checked })}
        />
        <label htmlFor="workshop-show-names">{t('meeting:workspace.showNames')}</label>
        <span className="form-hint" id="workshop-show-names-hint">
          {t('meeting:workspace.showNamesHint')}
        </span>
      </div>
    </div>
  );
}
