import type { TFunction } from 'i18next';
import type { Bank } from '../../questions/schema';
import { scoredSections, type UnitsComparison } from '../../scoring';
import { scoreFigure } from '../format/score-text';
import { differenceText, leftOutTexts, unitDatesApartText, unitDatesText } from '../format/series-text';
import { terminalTable } from './table';

/** Units side by side for a terminal: a table of units × areas, their standing nationally, where they differ. */
export function unitsText(bank: Bank, comparison: UnitsComparison, t: TFunction, language: string): string {
  const { units } = comparison;
  const heads = units.map((u) => u.unit);
  const sections = scoredSections(bank, units);
  const title = (id: string) => t(`bank:sections.${id}.title`);
  const scoreRows = sections.map((s) => ({
    title: title(s.id),
    cells: units.map((u) => scoreFigure(t, u.scores.find((x) => x.sectionId === s.id)?.value ?? null)),
  }));
  const areas = [...new Set(units.flatMap((u) => u.standing.map((s) => s.sectionId)))];
  const standingRows = areas.map((id) => ({
    title: title(id),
    cells: units.map((u) => {
      const s = u.standing.find((x) => x.sectionId === id);
      return s ? `${s.better}/${s.level}/${s.worse}` : '–';
    }),
  }));
  const lines = [
    t('series:units.title', { name: comparison.organisation || t('series:unnamed'), count: units.length }),
    ...units.map((u) => `  ${u.unit}: ${u.label}`),
    ...[
      unitDatesText(units, t, language),
      unitDatesApartText(units, t),
      ...leftOutTexts(comparison.repeats, comparison.replaced, t),
    ].flatMap((text) => (text ? [`  ${text}`] : [])),
    '',
    `${t('series:units.scores')} (${t('series:polarity')})`,
    ...terminalTable(heads, scoreRows),
    '',
    t('series:units.standing'),
    ...terminalTable(heads, standingRows),
    '',
    t('series:units.differences'),
    ...(comparison.differences.length > 0
      ? comparison.differences.map((d) => `  ${differenceText(d, t)}`)
      : [`  ${t('series:units.noDifferences')}`]),
  ];
  return `${lines.join('\n')}\n`;
}
