import type { TFunction } from 'i18next';
import { bank } from '../../questions';
import { compareUnits, trendOf, type Assessment } from '../../scoring';
import { seriesProblemText } from '../format/series-text';
import { unitsCsv } from '../format/units-csv';
import { trendText } from './trend-summary';
import { fileFingerprint } from './fingerprint';
import type { AssessOutput } from './single';
import { unitsText } from './units-summary';

/**
 * `assess --trend` and `assess --units`: several files set side by side, as the text to print, the JSON to write,
 * for units the long-format CSV, and the report: of the latest assessment with the trend after its summary, or of
 * the first unit given with the units beside it; or one line naming the files when they cannot be (other
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
  const [first] = assessments;
  if (!first) return { error: seriesProblemText({ code: 'too-few', count: 0 }, t, true) };
  return {
    stdout: unitsText(bank, comparison, t),
    json: comparison,
    csv: unitsCsv(bank, comparison, assessments, t),
    // The report of the first unit given, with the others beside it.
    report: { file: first.file, options: { units: comparison, fingerprint: fileFingerprint(first.file) } },
  };
}
