import { firstSteps } from '../../scoring';
import type { ReportModel } from './blocks';
import { aboutActionsChapter, sourcesChapter } from './chapters/about-actions';
import { answersChapter } from './chapters/answers';
import { decisionChapter } from './chapters/decision';
import { methodChapter } from './chapters/method';
import { nationalChapter } from './chapters/national';
import { planChapter } from './chapters/plan';
import { firstStepsChapter, otherRecommendationsChapter } from './chapters/recommendations';
import { resultsChapter } from './chapters/results';
import { disputesChapter, workshopChapter } from './chapters/workshop';
import type { ReportInput } from './input';
import { frame, present } from './model';

/** The workshop report's frame: the organisation, »Workshop med Parat«, and on the cover the date, who led it and who took part. */
function workshopFrame(input: ReportInput): Omit<ReportModel, 'chapters'> {
  const { t, workshop } = input;
  const base = frame(input);
  const [date, ...rest] = base.cover.facts;
  return {
    ...base,
    // The document's title says what the cover says: a workshop's report, not one organisation's own answers.
    title: t('meeting:report.title', { name: base.cover.name }),
    cover: {
      ...base.cover,
      kicker: t('meeting:report.kicker'),
      what: t('meeting:report.what'),
      facts: [
        ...(date ? [date] : []),
        ...(workshop?.facilitator ? [{ label: t('meeting:workspace.facilitator'), value: workshop.facilitator }] : []),
        {
          label: t('meeting:report.participantsLabel'),
          value: t('meeting:workspace.participants', { count: workshop?.result.participants ?? 0 }),
        },
        ...rest,
      ],
    },
  };
}

/**
 * The workshop's one report as a PDF (issue 28, point 5): the decision page, then the workshop (who took part, in
 * which roles, the spread), the disputed questions with their decisions, the shared plan, the group's results and
 * where to start, the national detail, and the appendices with every group answer marked agreed or median.
 */
export function workshopReportModel(input: ReportInput): ReportModel {
  const firstStepsTitle = input.t('report:headings.firstSteps');
  const othersTitle = input.t('report:headings.otherRecommendations');
  return {
    ...workshopFrame(input),
    chapters: present([
      decisionChapter(input, (rank) => (rank < firstSteps ? firstStepsTitle : othersTitle)),
      workshopChapter(input, { marked: true }),
      disputesChapter(input),
      planChapter(input),
      resultsChapter(input),
      firstStepsChapter(input),
      nationalChapter(input),
      otherRecommendationsChapter(input),
      answersChapter(input),
      methodChapter(input),
    ]),
  };
}

/**
 * The same workshop as a Word document to edit: the decision page, the workshop, its decisions, the plan, the group
 * beside the national figures (as tables), the actions in short and the sources.
 */
export function workshopWordModel(input: ReportInput): ReportModel {
  const about = aboutActionsChapter(input);
  const aboutTitle = about?.title ?? '';
  return {
    ...workshopFrame(input),
    chapters: present([
      decisionChapter(input, () => aboutTitle),
      workshopChapter(input, { marked: false }),
      disputesChapter(input),
      planChapter(input),
      nationalChapter(input, { tables: true }),
      about,
      sourcesChapter(input),
    ]),
  };
}
