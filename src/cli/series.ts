import type { TFunction } from 'i18next';
import { bank } from '../../questions';
import { compareUnits, trendOf, type Assessment } from '../../scoring';
import { seriesProblemText } from '../format/series-text';
import { unitsCsv } from '../format/units-csv';
import { trendText } from './trend-summary';
import type { AssessOutput } from './single';
import { unitsText } from './units-summary';

/**
 * `assess --trend` and `assess --units`: several files set side by side, as the text to print, the JSON to write,
 * for units the long-format CSV, and the report: of the latest assessment with the trend after its summary, or on
 * the units side by side (the same in any order given); or one line naming the files when they cannot be (other
 * organisations, too few). assess writes the files, all or none.
 */
export function seriesResult(
  kind: 'trend' | 'units',
  assessments: readonly Assessment[],
  t: TFunction,
  language: string,
): AssessOutput | { error: string } {
  if (kind === 'trend') {
    const reading = trendOf(bank, assessments);
    if (!reading.ok) return { error: seriesProblemText(reading.problem, t) };
    const { trend } = reading;
    const latest = assessments.find((a) => a.label === trend.assessments.at(-1)?.label);
    if (!latest) return { error: seriesProblemText({ code: 'too-few', count: 0 }, t) };
    return {
      stdout: trendText(bank, trend, t, language),
      json: trend,
      report: { file: latest.file, options: { trend } },
    };
  }
  const reading = compareUnits(bank, assessments);
  if (!reading.ok) return { error: seriesProblemText(reading.problem, t, true) };
  const { comparison } = reading;
  // The report is on the units, not on one of them: its cover takes the sector from the first unit by name.
  const first = assessments.find((a) => a.label === comparison.units[0]?.label);
  if (!first) return { error: seriesProblemText({ code: 'too-few', count: 0 }, t, true) };
  return {
    stdout: unitsText(bank, comparison, t, language),
    json: comparison,
    csv: unitsCsv(bank, comparison, assessments, t),
    report: { file: first.file, options: { units: comparison } },
  };
}
