import type { TFunction } from 'i18next';
import type { Bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import type { PeerPack } from '../../questions/peer-pack-schema';
import { assess, compareAssessments, firstSteps, peerComparison } from '../../scoring';
import { formatDate } from '../format/locale';
import { shortDate } from '../format/series-text';
import { appVersion } from '../version';
import type { Chapter, ReportModel } from './blocks';
import { aboutActionsChapter, sourcesChapter } from './chapters/about-actions';
import { answersChapter } from './chapters/answers';
import { changesChapter } from './chapters/changes';
import { decisionChapter } from './chapters/decision';
import { methodChapter } from './chapters/method';
import { nationalChapter } from './chapters/national';
import { planChapter } from './chapters/plan';
import { firstStepsChapter, otherRecommendationsChapter } from './chapters/recommendations';
import { resultsChapter } from './chapters/results';
import { peersChapter } from './chapters/peers';
import { trendChapter } from './chapters/trend';
import { unitsChapter } from './chapters/units';
import { workshopChapter } from './chapters/workshop';
import { reportInput, type ReportInput } from './input';

export type { ReportModel } from './blocks';

export const present = (chapters: (Chapter | undefined)[]) => chapters.filter((c): c is Chapter => c !== undefined);

/** On the cover of a report with a trend or of units: the span of the assessments, or the units set side by side. */
function seriesFacts({ t, language, trend, units }: ReportInput): { label: string; value: string }[] {
  const dates = trend?.assessments.map((a) => shortDate(a.date, language)) ?? [];
  return [
    ...(trend
      ? [
          {
            label: t('report:cover.trend'),
            value: t('report:cover.trendValue', { count: dates.length, from: dates[0], to: dates.at(-1) }),
          },
        ]
      : []),
    ...(units
      ? [
          {
            label: t('report:cover.units'),
            // Set apart by ";": unit names such as "Børn og Unge" hold "og" themselves.
            value: units.units.map((u) => u.unit).join('; '),
          },
        ]
      : []),
  ];
}

/** The frame of either document: its title, running footer, fingerprint and cover, without the chapters. */
export function frame(input: ReportInput): Omit<ReportModel, 'chapters'> {
  const { t, file, name } = input;
  return {
    language: input.language,
    title: t('report:title', { name }),
    // The footer is one line: a long name is shortened there, and given whole on the cover.
    footer: t('report:footer', {
      name: name.length > 60 ? `${name.slice(0, 59)}…` : name,
      page: '{page}',
      pages: '{pages}',
    }),
    ...(input.fingerprint ? { fingerprint: t('report:fingerprint', { value: input.fingerprint }) } : {}),
    cover: {
      kicker: t('report:cover.kicker'),
      name,
      // Units set side by side are not one organisation's own report, and the cover says so.
      what: input.units ? t('report:cover.whatUnits') : t('report:cover.what'),
      facts: [
        { label: t('report:cover.date'), value: input.date },
        {
          label: t('report:cover.sector'),
          value: file.answers.sector ? t(`bank:options.${file.answers.sector}`) : t('report:cover.notGiven'),
        },
        ...seriesFacts(input),
      ],
      contents: t('report:cover.contents'),
      // Where the copy for screen readers is printed from: the page the report's parts are shown on.
      accessibility: input.units
        ? t('report:cover.accessibilityUnits')
        : input.trend
          ? t('report:cover.accessibilityTrend')
          : t('report:cover.accessibility'),
    },
  };
}

/**
 * The PDF in the order management reads it: the decision page, the plan, the results, where to start, then the
 * national detail, the changes and the workshop, and the appendices. Set beside other units, the units report.
 */
export function reportModel(input: ReportInput): ReportModel {
  if (input.units) return unitsModel(input);
  const firstStepsTitle = input.t('report:headings.firstSteps');
  const othersTitle = input.t('report:headings.otherRecommendations');
  return {
    ...frame(input),
    chapters: present([
      decisionChapter(input, (rank) => (rank < firstSteps ? firstStepsTitle : othersTitle)),
      trendChapter(input),
      unitsChapter(input),
      planChapter(input),
      workshopChapter(input, { marked: true }),
      resultsChapter(input),
      firstStepsChapter(input),
      nationalChapter(input),
      peersChapter(input),
      changesChapter(input),
      otherRecommendationsChapter(input),
      answersChapter(input),
      methodChapter(input),
    ]),
  };
}

/**
 * The Word document, for a board to edit and approve: the decision page, the plan, the actions in short (it has no
 * recommendation chapters, so the decision page refers to this one), and the sources.
 */
export function wordModel(input: ReportInput): ReportModel {
  if (input.units) return unitsModel(input);
  const about = aboutActionsChapter(input);
  const aboutTitle = about?.title ?? '';
  return {
    ...frame(input),
    chapters: present([
      decisionChapter(input, () => aboutTitle),
      trendChapter(input),
      unitsChapter(input),
      peersChapter(input),
      planChapter(input),
      about,
      sourcesChapter(input),
    ]),
  };
}

/**
 * The report on an organisation's units side by side: the units chapter and the method, and nothing of any one
 * unit's own assessment, so the report is the same whichever unit's file was given first.
 */
function unitsModel(input: ReportInput): ReportModel {
  const method = { ...methodChapter(input), title: input.t('report:headings.methodAlone') };
  return { ...frame(input), chapters: present([unitsChapter(input), method]) };
}

/** What a report of one answers file is made with, besides the file: a date, an earlier file, a fingerprint. */
export interface ReportOptions {
  /** An earlier assessment of the same organisation, to show what changed. */
  earlier?: AnswersFile;
  /** The SHA-256 fingerprint of the file's content (src/report/fingerprint.ts, src/cli/fingerprint.ts). */
  fingerprint?: string;
  /** The unit's assessments over time, this file the latest: a chapter after the summary. */
  trend?: ReportInput['trend'];
  /** The organisation's units side by side: a chapter after the summary. */
  units?: ReportInput['units'];
  /** A peer pack: organisations like this one, in a chapter beside the national figures. */
  pack?: PeerPack;
}

/** The report's input for one answers file, for the PDF and the Word document alike. */
export function assessmentInput(
  bank: Bank,
  file: AnswersFile,
  t: TFunction,
  language: string,
  date: string,
  options: ReportOptions = {},
): ReportInput {
  const { earlier, fingerprint, trend, units, pack } = options;
  const result = assess(bank, file.answers);
  const earlierDate = earlier?.savedAt ? formatDate(earlier.savedAt, language) : undefined;
  const comparison = earlier
    ? {
        earlier,
        changes: compareAssessments(bank, earlier.answers, file.answers),
        ...(earlierDate ? { earlierDate } : {}),
      }
    : undefined;
  return reportInput(
    { bank, file, result, t, language, date, appVersion },
    {
      ...(comparison ? { comparison } : {}),
      ...(fingerprint ? { fingerprint } : {}),
      ...(trend ? { trend } : {}),
      ...(units ? { units } : {}),
      ...(pack ? { peers: { pack, comparison: peerComparison(pack, file.answers, result.scores) } } : {}),
    },
  );
}
