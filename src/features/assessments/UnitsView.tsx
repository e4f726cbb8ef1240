import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { scoredSections, type Assessment, type UnitScores, type UnitsComparison } from '../../../scoring';
import { Alert } from '../../components/Alert';
import { DataTable } from '../../components/DataTable';
import { RowGroup } from '../../components/RowGroup';
import { byKind } from '../../format/kind-groups';
import { scoreFigure } from '../../format/score-text';
import { differenceText, leftOutTexts, unitDatesApartText, unitDatesText } from '../../format/series-text';
import { unitsCsv } from '../../format/units-csv';
import { datedName, downloadText } from '../../state/download';
import { SeriesReportButton } from './SeriesReportButton';

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
  const { t, i18n } = useTranslation();
  const { units } = comparison;
  const apart = unitDatesApartText(units, t);
  const title = t('series:view.unitsTable', { name: comparison.organisation || t('series:unnamed') });
  // The report is on the units, whichever was chosen first: its cover takes the sector from the first by name.
  const first = assessments.find((a) => a.label === units[0]?.label);
  const today = new Date().toISOString();
  return (
    <>
      <p>
        {t('series:units.reportName', { name: comparison.organisation || t('series:unnamed'), count: units.length })}
      </p>
      {[unitDatesText(units, t, i18n.language), ...leftOutTexts(comparison.repeats, comparison.replaced, t)].map(
        (text) =>
          text && (
            <p key={text} className="parat-small">
              {text}
            </p>
          ),
      )}
      {apart && <Alert kind="warning" heading={apart} />}
      <UnitsTable title={title} comparison={comparison} />
      <h4>{t('series:units.differences')}</h4>
      <ul>
        {comparison.differences.length > 0 ? (
          comparison.differences.map((d) => <li key={d.sectionId}>{differenceText(d, t)}</li>)
        ) : (
          <li>{t('series:units.noDifferences')}</li>
        )}
      </ul>
      {first && (
        <SeriesReportButton
          label={t('series:view.unitsReport')}
          file={first.file}
          options={{ units: comparison }}
          fileName={datedName(t('series:view.unitsStem'), 'pdf', today, [comparison.organisation])}
        />
      )}
      <button
        type="button"
        className="button button-secondary parat-no-print"
        onClick={() =>
          downloadText(
            datedName(t('series:view.unitsStem'), 'csv', today, [comparison.organisation]),
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

/** Areas × units, barriers and maturity in groups of their own, each maturity score with its national standing. */
function UnitsTable({ title, comparison }: { title: string; comparison: UnitsComparison }) {
  const { t } = useTranslation();
  const { units } = comparison;
  const sections = scoredSections(bank, units);
  const cell = (unit: UnitScores, sectionId: string) => {
    const standing = unit.standing.find((s) => s.sectionId === sectionId);
    return (
      <td key={unit.label}>
        {scoreFigure(t, unit.scores.find((s) => s.sectionId === sectionId)?.value ?? null)}
        {standing && <span className="parat-block parat-small">{t('series:view.standing', { ...standing })}</span>}
      </td>
    );
  };
  return (
    <DataTable label={title} head={[t('series:table.area'), ...units.map((u) => u.unit)]} grouped>
      {byKind(bank, sections, (s) => s.id).map((group) => (
        <RowGroup key={group.kind} heading={t(`series:table.groups.${group.kind}`)} span={units.length + 1}>
          {group.items.map((section) => (
            <tr key={section.id}>
              <th scope="row">{t(`bank:sections.${section.id}.title`)}</th>
              {units.map((unit) => cell(unit, section.id))}
            </tr>
          ))}
        </RowGroup>
      ))}
    </DataTable>
  );
}
