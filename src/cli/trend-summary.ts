import type { TFunction } from 'i18next';
import type { Bank } from '../../questions/schema';
import type { Trend } from '../../scoring';
import { scoreFigure } from '../format/score-text';
import { actionHistoryText, comparabilityText, leftOutTexts, movesText, shortDate } from '../format/series-text';
import { terminalTable } from './table';

/** A trend for a terminal: each area's score per assessment, how comparable they are, what moved, the actions. */
export function trendText(bank: Bank, trend: Trend, t: TFunction, language: string): string {
  const heads = trend.assessments.map((a) => shortDate(a.date, language));
  const rows = trend.trend.map((section) => ({
    title: t(`bank:sections.${section.sectionId}.title`),
    cells: section.points.map((p) => scoreFigure(t, p.value)),
  }));
  const lines = [
    t('series:trend.title', { name: trend.organisation || t('series:unnamed'), count: trend.assessments.length }),
    ...trend.assessments.map((a, i) => `  ${heads[i]}  ${a.label}`),
    ...leftOutTexts(trend.repeats, [], t).map((text) => `  ${text}`),
    '',
    `${t('series:trend.scores')} (${t('series:polarity')})`,
    ...terminalTable(heads, rows),
    '',
    t('series:trend.comparability'),
    ...trend.comparability.map((pair) => `  ${comparabilityText(pair, bank.version, t, language)}`),
    '',
    t('series:trend.moves'),
    ...movesText(trend.moves, t).map((line) => `  ${line}`),
    '',
    t('series:trend.actions'),
    ...(trend.actions.length > 0
      ? trend.actions.map((action) => `  ${actionHistoryText(action, t, language)}`)
      : [`  ${t('series:trend.noActions')}`]),
  ];
  return `${lines.join('\n')}\n`;
}
