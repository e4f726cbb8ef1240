import { bank } from '../../../questions';
import { trendOf, type Assessment } from '../../../scoring';
import { prepareFormats } from '../../format/series-text';

type TrendResult = ReturnType<typeof trendOf>;

// The last trend worked out, with what it was worked out from: the same files under the same names give it again.
let last: { assessments: readonly Assessment[]; result: TrendResult } | undefined;

const same = (a: readonly Assessment[], b: readonly Assessment[]) =>
  a.length === b.length && a.every((x, i) => x.file === b[i]?.file && x.label === b[i]?.label);

/** The trend of these assessments, worked out once for the same files (trendOf is pure). */
export function trendOfChosen(assessments: readonly Assessment[]): TrendResult {
  if (last && same(last.assessments, assessments)) return last.result;
  const result = trendOf(bank, assessments);
  last = { assessments, result };
  return result;
}

/**
 * Done while the user is still choosing, in idle time: the trend of the assessments chosen so far, and the first use
 * of the number, date and list formats the view writes with, whose making costs more than their use. A click on
 * "Vis udviklingen" then only draws.
 */
export function warmTrend(assessments: readonly Assessment[], language: string) {
  prepareFormats(language);
  if (assessments.length >= 2) trendOfChosen(assessments);
}
