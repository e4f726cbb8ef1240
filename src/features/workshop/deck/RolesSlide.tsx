import { useTranslation } from 'react-i18next';
import type { DecidedWorkshop, RoleComparison } from '../../../../scoring';
import { roleGapText } from '../../../format/role-text';
import { directionText } from './direction';

// As many areas as the room can read at once; the report lists them all.
const gapsPerSlide = 5;

/**
 * The roles that have a group of their own, and the areas where two of them lie far apart: the lowest and the highest
 * role's group score, with which way is better. Only roles are shown, never a participant.
 */
export function RolesSlide({ workshop, roles }: { workshop: DecidedWorkshop; roles: RoleComparison }) {
  const { t } = useTranslation();
  const kindOf = new Map(workshop.sections.map((s) => [s.sectionId, s.kind]));
  return (
    <>
      <p className="parat-deck-kicker">
        {roles.groups.map((g) => t('meeting:roles.group', { role: g.role, count: g.participants })).join(' · ')}
      </p>
      <h2 tabIndex={-1}>{t('meeting:deck.rolesHeading')}</h2>
      {roles.gaps.length === 0 ? (
        <p>{t('meeting:roles.noGaps')}</p>
      ) : (
        <ul className="nobullet-list parat-deck-roles">
          {roles.gaps.slice(0, gapsPerSlide).map((gap) => {
            const kind = kindOf.get(gap.sectionId) ?? 'barrier-category';
            return (
              <li key={gap.sectionId}>
                <span>{t(`bank:sections.${gap.sectionId}.title`)}</span>{' '}
                <span className="parat-deck-direction">({directionText(kind, t)})</span>
                <br />
                <strong>{roleGapText(gap, t)}</strong>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
