import { useTranslation } from 'react-i18next';
import type { WorkshopSummary } from '../../../state/workshops';
import { formatDate } from '../../../format/locale';

/**
 * The workshops this browser holds, so a consultant can keep several: each by name, date and number of
 * participants, opened or deleted from here; and a new one begun.
 */
export function WorkshopList({
  workshops,
  current,
  onOpen,
  onNew,
  onRemove,
}: {
  workshops: readonly WorkshopSummary[];
  current: string;
  onOpen: (id: string) => void;
  onNew: () => void;
  onRemove: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const others = workshops.filter((w) => w.id !== current);
  const describe = (w: WorkshopSummary) =>
    [
      w.name.trim() || t('meeting:workspace.unnamed'),
      w.date ? formatDate(`${w.date}T12:00:00Z`, i18n.language) : undefined,
      t('meeting:workspace.participants', { count: w.participants }),
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <section aria-labelledby="workshop-list-heading">
      <h3 id="workshop-list-heading">{t('meeting:workspace.listHeading', { count: others.length })}</h3>
      {others.length > 0 && (
        <ul className="nobullet-list parat-workshop-list">
          {others.map((w) => (
            <li key={w.id}>
              <span>{describe(w)}</span>{' '}
              <button type="button" className="button button-tertiary parat-inline-button" onClick={() => onOpen(w.id)}>
                {t('meeting:workspace.open')}
                <span className="sr-only"> {describe(w)}</span>
              </button>{' '}
              <button
                type="button"
                className="button button-tertiary parat-inline-button"
                onClick={() => onRemove(w.id)}
              >
                {t('meeting:workspace.remove')}
                <span className="sr-only"> {describe(w)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button button-secondary" onClick={onNew}>
        {t('meeting:workspace.new')}
      </button>
    </section>
  );
}
