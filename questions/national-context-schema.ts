import * as z from 'zod/mini';
import { nationalContextProblems, type NationalFigure as Figure } from './national-context';
import { Code, Id, Percent, Source, type Bank } from './schema';

/** The schema of the figures in national-context.ts, which describes the three sets and their bands. */
const contextCommon = {
  id: Id,
  /** The step the figure is shown on: the barrier category or technology whose subject it shares. */
  section: Id,
  /** Deloitte's barriers the figure speaks to; empty where it speaks to the whole category. */
  codes: z.array(Code),
  source: Source,
};
export const NationalFigure = z.discriminatedUnion('set', [
  z.strictObject({ ...contextCommon, set: z.literal('digitalisation-efforts'), high: Percent }),
  z.strictObject({ ...contextCommon, set: z.literal('supplier-challenges'), high: Percent, earlierHigh: Percent }),
  z
    .strictObject({ ...contextCommon, set: z.literal('cost-efforts'), high: Percent, notAtAll: Percent })
    .check(z.refine((f) => f.high + f.notAtAll <= 100, 'the bands cannot exceed 100 %')),
]);

/**
 * Checks the national figures against their schema and the bank, listing every problem at once. Run by a test and
 * by `npm run bank`, so broken figures never reach a user; the browser shows the checked static data.
 */
export function parseNationalContext(input: unknown, bank: Bank): Figure[] {
  const parsed = z.array(NationalFigure).safeParse(input);
  const problems = parsed.success
    ? nationalContextProblems(parsed.data, bank)
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (!parsed.success || problems.length > 0) {
    throw new Error(`The national context is invalid:\n- ${problems.join('\n- ')}`);
  }
  return parsed.data;
}
