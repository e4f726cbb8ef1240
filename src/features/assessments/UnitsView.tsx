import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import type { Assessment, UnitsComparison } from '../../../scoring';
import { DataTable } from '../../components/DataTable';
import { scoreFigure } from '../../format/score-text';
import { differenceText, leftOutTexts } from '../../format/series-text';
import { unitsCsv } from '../../format/units-csv';
import { datedName, downloadText } from '../../state/download';

/**
 * Units of one organisation side by side: a table of areas × units with each maturity area's standing beside the
 * national figures under its score, the areas where the units differ most, and the long-format CSV.
 */
export function UnitsView({
  comparison,
  assessments,
}: {
  comparison: UnitsComparison;
  assessments: readonly Assessment[];
}) {
  const { t } = useTranslation();
  const { units } = comparison;
  const sections = bank.sections.filter(
    (s) => s.kind !== 'profile' && units.some((u) => u.scores.some((x) => x.sectionId === s.id && x.value !== null)),
  );
  const title = t('series:view.unitsTable', { name: comparison.organisation || t('series:unnamed') });
  return (
    <>
      {leftOutTexts(comparison.repeats, comparison.replaced, t).map((text) => (
        <p key={text} className="parat-small">
          {text}
        </p>
      ))}
      <p>{t('series:polarity')}</p>
      <DataTable label={title} head={[t('series:table.area'), ...units.map((u) => u.unit)]}>
        {sections.map((section) => (
          <tr key={section.id}>
            <th scope="row">{t(`bank:sections.${section.id}.title`)}</th>
            {units.map((unit) => {
              const standing = unit.standing.find((s) => s.sectionId === section.id);
              return (
                <td key={unit.label}>
                  {scoreFigure(t, unit.scores.find((s) => s.sectionId === section.id)?.value ?? null)}
                  {standing && (
                    <span className="parat-block parat-small">{t('series:view.standing', { ...standing })}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </DataTable>
      <h4>{t('series:units.differences')}</h4>
      <ul>
        {comparison.differences.length > 0 ? (
          comparison.differences.map((d) => <li key={d.sectionId}>{differenceText(d, t)}</li>)
        ) : (
          <li>{t('series:units.noDifferences')}</li>
        )}
      </ul>
      <button
        type="button"
        className="button button-secondary"
        onClick={() =>
          downloadText(
            datedName(t('series:view.csvStem'), 'csv', new Date().toISOString(), [comparison.organisation]),
            unitsCsv(bank, comparison, assessments, t),
            'text/csv;charset=utf-8',
          )
        }
      >
        {t('series:view.csv')}
      </button>
    </>
  );
}
