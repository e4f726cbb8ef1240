import type { TFunction } from 'i18next';
import { bank } from '../../questions';
import { compareUnits, trendOf, type Assessment } from '../../scoring';
import { seriesProblemText } from '../format/series-text';
import { unitsCsv } from '../format/units-csv';
import { trendText } from './trend-summary';
import { unitsText } from './units-summary';

/**
 * `assess --trend` and `assess --units`: several files set side by side, as the text to print, the JSON to write
 * and, for units, the long-format CSV; or one line naming the files when they cannot be (other organisations, too
 * few). assess writes the files, all or none.
 */
export function seriesResult(
  kind: 'trend' | 'units',
  assessments: readonly Assessment[],
  t: TFunction,
  language: string,
): { stdout: string; json: unknown; csv?: string } | { error: string } {
  if (kind === 'trend') {
    const reading = trendOf(bank, assessments);
    if (!reading.ok) return { error: seriesProblemText(reading.problem, t) };
    return { stdout: trendText(bank, reading.trend, t, language), json: reading.trend };
  }
  const reading = compareUnits(bank, assessments);
  if (!reading.ok) return { error: seriesProblemText(reading.problem, t, true) };
  return {
    stdout: unitsText(bank, reading.comparison, t),
    json: reading.comparison,
    csv: unitsCsv(bank, reading.comparison, assessments, t),
  };
}
