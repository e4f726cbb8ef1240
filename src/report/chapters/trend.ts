import {
  actionHistoryText,
  comparabilityText,
  leftOutTexts,
  movesText,
  overlapTexts,
  shortDate,
} from '../../format/series-text';
import { scoreFigure } from '../../format/score-text';
import type { Block, Chapter } from '../blocks';
import type { ReportInput } from '../input';

const kinds = [
  { kind: 'barrier-category', key: 'barriers' },
  { kind: 'technology', key: 'technologies' },
  { kind: 'maturity-area', key: 'maturity' },
] as const;

// More dates than this in one table, on a portrait page, break the dates and the areas' names mid-word.
const datesPerTable = 6;

/** The assessments' indices in as few tables as keep to datesPerTable, evenly: ten as five and five. */
function parts(count: number): number[][] {
  const size = Math.ceil(count / Math.ceil(count / datesPerTable));
  return Array.from({ length: Math.ceil(count / size) }, (_, p) =>
    Array.from({ length: Math.min(size, count - p * size) }, (_, i) => p * size + i),
  );
}

/**
 * "Udviklingen", after the summary when the report is of the latest of several assessments: each kind of score as
 * lines over the assessments with its figures as a table, the largest moves, how comparable the assessments are,
 * and how the earlier plans' actions went.
 */
export function trendChapter(input: ReportInput): Chapter | undefined {
  const { trend, t, language, bank } = input;
  if (!trend) return undefined;
  const columns = trend.assessments.map((a) => shortDate(a.date, language));
  const charts = kinds.flatMap(({ kind, key }): Block[] => {
    const rows = trend.trend
      .filter((s) => s.kind === kind)
      .map((s) => ({
        id: s.sectionId,
        label: t(`bank:sections.${s.sectionId}.title`),
        values: s.points.map((p) => p.value),
      }));
    if (rows.length === 0) return [];
    const title = t(`series:view.charts.${key}.title`);
    return [
      { kind: 'trendChart', chart: { title, description: t(`series:view.charts.${key}.description`), columns, rows } },
      ...overlapTexts(rows, t, language).map((text): Block => ({ kind: 'paragraph', text, style: 'muted' })),
      ...parts(columns.length).map((part): Block => ({
        kind: 'table',
        table: {
          head: [t('series:table.area'), ...part.map((i) => columns[i] ?? '')],
          body: rows.map((r) => [r.label, ...part.map((i) => scoreFigure(t, r.values[i] ?? null))]),
        },
      })),
    ];
  });
  return {
    title: t('series:view.trendHeading'),
    newPage: true,
    blocks: [
      {
        kind: 'paragraph',
        text: t('series:view.trendLead', { name: trend.organisation || t('series:unnamed'), count: columns.length }),
      },
      ...leftOutTexts(trend.repeats, [], t).map((text): Block => ({ kind: 'paragraph', text, style: 'muted' })),
      ...charts,
      { kind: 'heading', text: t('series:trend.moves') },
      { kind: 'bullets', items: movesText(trend.moves, t) },
      { kind: 'heading', text: t('series:trend.comparability') },
      {
        kind: 'bullets',
        items: trend.comparability.map((pair) => comparabilityText(pair, bank.version, t, language)),
      },
      { kind: 'heading', text: t('series:trend.actions') },
      trend.actions.length > 0
        ? { kind: 'bullets', items: trend.actions.map((action) => actionHistoryText(action, t, language)) }
        : { kind: 'paragraph', text: t('series:trend.noActions') },
    ],
  };
}
