import { bank } from '../../../questions';
import { trendOf, type Assessment } from '../../../scoring';

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
