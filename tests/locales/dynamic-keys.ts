import { bank } from '../../questions';
import { answersProblemCodes } from '../../questions/answers';
import { approvalFields } from '../../questions/approval';
import { compactProblems } from '../../questions/compact';
import { figureSets, nationalContext } from '../../questions/national-context';
import { packProblemCodes } from '../../questions/peer-pack';
import { actionStatuses, planNoticeCodes } from '../../questions/plan';
import { recordNoticeCodes } from '../../questions/record-text';
import { optionsOf } from '../../questions/scales';
import { RecommendationKind } from '../../questions/schema';
import { sectors } from '../../questions/sectors';
import { workshopNoticeCodes, workshopProblemCodes } from '../../questions/workshop-file';
import { bankCsvColumns } from '../../src/cli/bank-view';
import { figureBands } from '../../src/format/national-figures';
import { unitsCsvColumns } from '../../src/format/units-csv';

const sizeQuestion = bank.sections.flatMap((s) => s.questions).find((q) => q.id === 'size');

/** The series strings built at run time, each family from the data it is built from: no more, no fewer. */
const seriesKeys = [
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

/**
 * The command-line strings built at run time: a refused file's problem, the bank table's columns, and the reasons
 * `npm run benchmark` gives for a file it does not count.
 */
export const cliDynamicKeys = [
  ...answersProblemCodes.map((c) => `file.${c}`),
  ...bankCsvColumns.map((c) => `bankTable.${c}`),
  ...['repeat', 'same-organisation', 'no-name', 'no-sector'].map((reason) => `benchmark.${reason}`),
];

/**
 * The app's strings built at run time, per namespace, each family from the data it is built from: no more, no
 * fewer. `nationalKeys` are the Danish national namespace's keys, for the notes only some figures have.
 */
export const dynamicKeys = (nationalKeys: Record<string, string>): Record<string, string[]> => ({
  app: [
    ...['start', 'check', 'results', 'plan', 'about', 'share', 'workshop'].map((p) => `pages.${p}`),
    ...[
      'section',
      'id',
      'question',
      'answer',
      'note',
      'area',
      'kind',
      'score',
      'shown',
      'answered',
      'dontKnow',
      'rank',
      'recommendation',
      'scope',
      'why',
    ].map((k) => `csv.${k}`),
    ...[...answersProblemCodes, 'too-large', 'unreadable'].map((c) => `transfer.problems.${c}`),
    ...['da', 'en'].map((l) => `layout.languageName.${l}`),
    ...['better', 'worse', 'same'].map((d) => `results.compare.${d}`),
    ...['better', 'level', 'worse', 'more', 'less'].map((s) => `verdict.standing.${s}`),
    ...['barriers', 'maturity', 'recommendations', 'details', 'tools'].map((c) => `results.${c}Heading`),
    ...['barrierChart', 'technologyChart', 'maturityChart'].flatMap((c) => [
      `results.${c}.title`,
      `results.${c}.description`,
    ]),
    ...['barriers', 'ratings', 'maturity', 'dontKnow', 'benchmark', 'recommendations'].map((k) => `about.method.${k}`),
    ...RecommendationKind.options.map((k) => `results.recommendation.cites.${k}`),
  ],
  report: [
    ...['number', 'action', 'responsible', 'deadline'].map((k) => `actionsTable.${k}`),
    ...['question', 'answer', 'note'].map((k) => `answersTable.${k}`),
    // The sectors the bank has a figure for.
    ...[
      ...new Set(
        bank.sections.flatMap((s) =>
          s.questions.flatMap((q) =>
            q.type === 'scale' && q.benchmark?.bySector ? Object.keys(q.benchmark.bySector.high) : [],
          ),
        ),
      ),
    ].map((sector) => `sector.groups.${sector}`),
  ],
  plan: [
    ...actionStatuses.map((status) => `status.${status}`),
    // The spreadsheet's columns are the plan's field names.
    ...['title', 'from', 'areas', 'responsible', 'deadline', 'status', 'note'].map((k) => `fields.${k}`),
    ...planNoticeCodes.map((code) => `notices.${code}`),
  ],
  workshop: compactProblems.map((c) => `scan.problems.${c}`),
  // Every notice of each part, its heading, and the name of every field a notice can name.
  records: [
    ...['approval', 'evidence'].map((part) => `notices.${part}Heading`),
    ...['unreadable', 'wrong-type', 'odd-date', 'too-long', 'cleaned', 'unknown-field'].map(
      (code) => `notices.approval.${code}`,
    ),
    ...recordNoticeCodes.map((code) => `notices.evidence.${code}`),
    ...[...approvalFields, 'ref', 'owner', 'list'].map((field) => `notices.fields.${field}`),
  ],
  meeting: [
    ...workshopNoticeCodes.filter((c) => c !== 'plan').map((c) => `notices.${c}`),
    ...workshopProblemCodes.map((c) => `problems.${c}`),
    ...['management', 'professional', 'it'].map((r) => `participants.roles.${r}`),
  ],
  series: seriesKeys,
  // Every set's words and bands, and a label for every figure: no more, no fewer.
  national: [
    ...figureSets.flatMap((set) =>
      ['title', 'caption', 'item', ...figureBands[set]].map((key) => `sets.${set}.${key}`),
    ),
    ...nationalContext.map((figure) => `figures.${figure.id}`),
    // A note under the table, for the figures that need one.
    ...nationalContext.flatMap((figure) =>
      Object.hasOwn(nationalKeys, `notes.${figure.id}`) ? [`notes.${figure.id}`] : [],
    ),
  ],
});
