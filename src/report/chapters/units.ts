import { scoredSections } from '../../../scoring';
import { scoreFigure } from '../../format/score-text';
import { byKind } from '../../format/kind-groups';
import { differenceText, leftOutTexts, unitDatesApartText, unitDatesText } from '../../format/series-text';
import type { Block, Chapter } from '../blocks';
import type { ReportInput } from '../input';

/**
 * "Enhederne side om side", after the summary when the report is set beside the organisation's other units: each
 * area's score per unit, with the maturity areas' standing beside the national figures, and where units differ most.
 */
export function unitsChapter(input: ReportInput): Chapter | undefined {
  const { units, t, bank, language } = input;
  if (!units) return undefined;
  const sections = scoredSections(bank, units.units);
  const cell = (unit: (typeof units.units)[number], sectionId: string) => {
    const score = scoreFigure(t, unit.scores.find((s) => s.sectionId === sectionId)?.value ?? null);
    const standing = unit.standing.find((s) => s.sectionId === sectionId);
    return standing ? `${score} (${t('series:view.standing', { ...standing })})` : score;
  };
  // A table per kind of score, headed with the direction it reads in, as the page groups its rows; their columns
  // line up from one table to the next.
  const widths = [0.34, ...units.units.map(() => 0.66 / units.units.length)];
  const tables = byKind(bank, sections, (s) => s.id).map((group): Block => ({
    kind: 'headedTable',
    heading: t(`series:table.groups.${group.kind}`),
    table: {
      head: [t('series:table.area'), ...units.units.map((u) => u.unit)],
      body: group.items.map((s) => [t(`bank:sections.${s.id}.title`), ...units.units.map((u) => cell(u, s.id))]),
      widths,
    },
  }));
  return {
    title: t('series:view.unitsHeading'),
    newPage: true,
    blocks: [
      { kind: 'paragraph', text: t('series:view.unitsTable', { name: units.organisation || t('series:unnamed') }) },
      ...[unitDatesText(units.units, t, language), ...leftOutTexts(units.repeats, units.replaced, t)].flatMap(
        (text): Block[] => (text ? [{ kind: 'paragraph', text, style: 'muted' }] : []),
      ),
      // Not muted: it changes how every figure below is read.
      ...[unitDatesApartText(units.units, t)].flatMap((text): Block[] =>
        text ? [{ kind: 'paragraph', text, style: 'strong' }] : [],
      ),
      ...tables,
      { kind: 'heading', text: t('series:units.differences') },
      units.differences.length > 0
        ? { kind: 'bullets', items: units.differences.map((d) => differenceText(d, t)) }
        : { kind: 'paragraph', text: t('series:units.noDifferences') },
    ],
  };
}
