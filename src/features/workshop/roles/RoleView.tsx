import { useTranslation } from 'react-i18next';
import { roleMinimum, type DecidedWorkshop, type RoleComparison } from '../../../../scoring';
import { DataTable } from '../../../components/DataTable';
import { roleGapsText, rounded } from '../../../format/role-text';
import { directionText } from '../deck/direction';

/**
 * The group per role, where a role has at least `roleMinimum` participants: each role's group score per area beside
 * the others', and the areas where two roles lie far apart. Only roles are named, never a participant.
 */
export function RoleView({ workshop, roles }: { workshop: DecidedWorkshop; roles: RoleComparison }) {
  const { t } = useTranslation();
  const sections = workshop.sections.filter((s) => s.scored > 0);
  return (
    <section aria-labelledby="roles-heading">
      <h2 id="roles-heading">{t('meeting:roles.heading')}</h2>
      {roles.groups.length === 0 ? (
        <p>{t('meeting:roles.none', { count: roleMinimum })}</p>
      ) : (
        <>
          <DataTable
            label={t('meeting:roles.heading')}
            head={[
              t('app:results.table.area'),
              ...roles.groups.map((g) => t('meeting:roles.group', { role: g.role, count: g.participants })),
            ]}
          >
            {sections.map((s) => (
              <tr key={s.sectionId}>
                <th scope="row">
                  {t(`bank:sections.${s.sectionId}.title`)}{' '}
                  <span className="parat-small">({directionText(s.kind, t)})</span>
                </th>
                {roles.groups.map((g) => (
                  <td key={g.role}>{rounded(g.scores.find((x) => x.sectionId === s.sectionId)?.value ?? null)}</td>
                ))}
              </tr>
            ))}
          </DataTable>
          {roles.groups.length > 1 && <p>{roleGapsText(roles, t)}</p>}
        </>
      )}
    </section>
  );
}
