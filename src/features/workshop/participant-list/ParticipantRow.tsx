import { useTranslation } from 'react-i18next';
import { workshopLimits } from '../../../../questions/workshop-file';
import type { Participant } from '../participants';

/**
 * One participant: their name in a field to correct (or their number, shown anonymously), their role (»Ledelse«,
 * »IT«, or the facilitator's own words), and Fjern.
 */
export function ParticipantRow({
  participant: p,
  number,
  shownName,
  problem,
  anonymous,
  rename,
  setRole,
  remove,
}: {
  participant: Participant;
  number: number;
  shownName: string;
  problem: string | undefined;
  anonymous: boolean;
  rename: (key: string, name: string) => void;
  setRole: (key: string, role: string) => void;
  remove: (key: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <li>
      {anonymous ? (
        <span>{shownName}</span>
      ) : (
        <div className="form-group">
          <label className="form-label" htmlFor={`participant-${p.key}`}>
            {t('workshop:nameLabel', { number })}
          </label>
          {problem && (
            <span className="form-hint" id={`participant-${p.key}-hint`}>
              {problem}
            </span>
          )}
          <input
            className="form-input"
            id={`participant-${p.key}`}
            maxLength={120}
            value={p.name}
            {...(problem ? { 'aria-describedby': `participant-${p.key}-hint` } : {})}
            onChange={(event) => rename(p.key, event.target.value)}
          />
        </div>
      )}
      <div className="form-group">
        <label className="form-label" htmlFor={`participant-${p.key}-role`}>
          {t('meeting:participants.role', { name: shownName })}
        </label>
        <input
          className="form-input"
          id={`participant-${p.key}-role`}
          list="workshop-roles"
          maxLength={workshopLimits.role}
          value={p.role ?? ''}
          onChange={(event) => setRole(p.key, event.target.value)}
        />
      </div>
      <button type="button" className="button button-tertiary" onClick={() => remove(p.key)}>
        {t('workshop:remove')}
        <span className="sr-only"> {shownName}</span>
      </button>
    </li>
  );
}
