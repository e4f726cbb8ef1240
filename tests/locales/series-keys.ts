import { bank } from '../../questions';
import { packProblemCodes } from '../../questions/peer-pack';
import { optionsOf } from '../../questions/scales';
import { sectors } from '../../questions/sectors';
import { unitsCsvColumns } from '../../src/format/units-csv';

const sizeQuestion = bank.sections.flatMap((s) => s.questions).find((q) => q.id === 'size');

/** The series strings built at run time, each family from the data it is built from: no more, no fewer. */
export const seriesKeys = [
  ...unitsCsvColumns.map((c) => `units.csv.${c}`),
  ...sectors.map((sector) => `peers.sectors.${sector}`),
  ...(sizeQuestion ? optionsOf(sizeQuestion) : []).map((size) => `peers.sizes.${size}`),
  ...['no-sector', 'no-segment'].map((reason) => `peers.reasons.${reason}`),
  ...[...packProblemCodes, 'too-large', 'unreadable'].map((code) => `peers.problems.${code}`),
  ...['other-bank', 'unknown-ids', 'migrated'].map((code) => `peers.notices.${code}`),
  ...['barriers', 'technologies', 'maturity'].flatMap((c) => [
    `view.charts.${c}.title`,
    `view.charts.${c}.description`,
  ]),
  ...['barrier-category', 'technology', 'maturity-area'].map((kind) => `table.groups.${kind}`),
];

/** The reasons `npm run benchmark` gives for a file it does not count, each a command-line string. */
export const benchmarkReasonKeys = ['repeat', 'same-organisation', 'no-name', 'no-sector'].map(
  (reason) => `benchmark.${reason}`,
);
