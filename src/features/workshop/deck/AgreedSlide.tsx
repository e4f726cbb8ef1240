import { useTranslation } from 'react-i18next';
import type { DecidedWorkshop } from '../../../../scoring';
import { rounded } from '../../../format/role-text';
import { directionText } from './direction';

/** The areas where nobody is far apart, together on one slide: each with its group score and which way is better. */
export function AgreedSlide({ workshop, sectionIds }: { workshop: DecidedWorkshop; sectionIds: string[] }) {
  const { t } = useTranslation();
  const sections = workshop.sections.filter((s) => sectionIds.includes(s.sectionId));
  return (
    <>
      <p className="parat-deck-kicker">{t('meeting:deck.agreedKicker')}</p>
      <h2 tabIndex={-1}>{t('meeting:deck.agreedHeading')}</h2>
      <ul className="nobullet-list parat-deck-agreed">
        {sections.map((s) => (
          <li key={s.sectionId}>
            <span>{t(`bank:sections.${s.sectionId}.title`)}</span> <strong>{rounded(s.group)}</strong>{' '}
            <span className="parat-deck-direction">{directionText(s.kind, t)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
