import type { TFunction } from 'i18next';
import { isShown, type Bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { sectorOf, type Sector } from '../../questions/sectors';
import {
  answerOf,
  assess,
  compareAssessments,
  firstSteps,
  planProgress,
  verdictOf,
  type AssessmentResult,
  type Comparison,
  type SectionScore,
  type WorkshopResult,
} from '../../scoring';
import { answerCounts } from '../format/answer-counts';
import { changeText } from '../format/change-text';
import { workshopCells, workshopHead, workshopRows } from '../format/workshop-rows';
import { formatDate } from '../format/locale';
import { planRows, progressText } from '../format/plan-text';
import type { Plan } from '../../questions/plan';
import { recommendationText } from '../format/recommendation-text';
import { nationalItems, type NationalItem } from '../format/national-items';
import { scoreFigure } from '../format/score-text';
import { standingCountsText, verdictText, type VerdictText } from '../format/verdict-text';
import { appVersion } from '../version';
import { reportNote } from './note';

export interface ChartModel {
  title: string;
  description: string;
  rows: { id: string; label: string; value: number | null; valueText: string }[];
}

export interface NationalModel {
  title: string;
  items: NationalItem[];
}

export interface TableModel {
  head: string[];
  body: string[][];
}

export type RecommendationModel = Omit<ReturnType<typeof recommendationText>, 'tags'> & { tags: string };

/**
 * Everything the PDF shows, translated, as plain data: the renderer only lays it out. A cover, a one-page summary
 * for management, a short body, and the appendices.
 */
export interface ReportModel {
  language: string;
  title: string;
  footer: string;
  cover: {
    kicker: string;
    name: string;
    what: string;
    facts: { label: string; value: string }[];
    contents: string;
    accessibility: string;
  };
  summary: {
    heading: string;
    verdict: VerdictText;
    areasLead: string;
    pressure: TableModel;
    maturity: TableModel;
    actionsHeading: string;
    actionsLead: string;
    actions: TableModel;
  };
  /** The organisation's action plan, when it has one: right after the summary. */
  plan?: { heading: string; lead: string; table: TableModel; detailsHeading: string; details: string[] };
  charts: { heading: string; charts: ChartModel[] };
  national?: {
    heading: string;
    intro: string;
    legend: { high: string; some: string; rest: string; low: string; own: string; you: string };
    areas: NationalModel[];
  };
  firstSteps?: { heading: string; lead: string; recommendations: RecommendationModel[] };
  /** A workshop's spread and points to discuss, when the report is the group's. */
  workshop?: { heading: string; intro: string; table: TableModel; discussionHeading: string; discussion: string[] };
  /** What changed since an earlier assessment, when the report is made with one. */
  changes?: {
    heading: string;
    against: string;
    table: TableModel;
    /** Progress on the earlier assessment's plan, when it had one. */
    progress?: { heading: string; lead: string; done: string; table: TableModel };
    questionsHeading: string;
    questions: string[];
  };
  otherRecommendations?: { heading: string; lead: string; recommendations: RecommendationModel[] };
  answers: { heading: string; sections: ({ title: string } & TableModel)[] };
  method: { heading: string; paragraphs: string[] };
  /** What the first steps and the planned recommendations rest on, and the reports and versions behind it all. */
  sources: { heading: string; recommendations: string[]; reports: string; versions: string };
}

const chart = (scores: SectionScore[], t: TFunction, key: string): ChartModel => ({
  title: t(`app:results.${key}.title`),
  description: t(`app:results.${key}.description`),
  rows: scores.map((s) => ({
    id: s.sectionId,
    label: t(`bank:sections.${s.sectionId}.title`),
    value: s.value,
    valueText: scoreFigure(t, s.value),
  })),
});

const recommendationModel = (
  r: AssessmentResult['recommendations'][number],
  index: number,
  t: TFunction,
  sector: Sector | undefined,
) => {
  const text = recommendationText(r, t, sector);
  return { ...text, title: `${index + 1}. ${text.title}`, tags: text.tags.join(' · ') };
};

/** Builds the report of one assessment in the translator's language. */
export function reportModel(
  bank: Bank,
  file: AnswersFile,
  result: AssessmentResult,
  t: TFunction,
  meta: { date: string; appVersion: string; language: string },
  extras: { comparison?: { earlier: AnswersFile; changes: Comparison }; workshop?: WorkshopResult } = {},
): ReportModel {
  const { comparison, workshop } = extras;
  const { answers } = file;
  const notes = file.notes ?? {};
  const name = answers['organisation-name']?.trim() || t('report:unnamed');
  const shownScores = (kind: string) => result.scores.filter((s) => s.kind === kind && s.shown > 0);
  const verdict = verdictOf(bank, answers, result, comparison?.changes);
  const earlierDate = comparison?.earlier.savedAt ? formatDate(comparison.earlier.savedAt, meta.language) : undefined;
  const technologies = shownScores('technology');
  const sector = sectorOf(answerOf(answers, 'sector'));
  const recommendations = result.recommendations.map((r, index) => recommendationModel(r, index, t, sector));
  const national = verdict.areas.flatMap((area): NationalModel[] => {
    const items = nationalItems(bank, answers, result, area.sectionId, t);
    return items.length > 0 ? [{ title: t(`bank:sections.${area.sectionId}.title`), items }] : [];
  });
  const scored = result.scores.filter((s) => s.shown > 0);
  const title = (id: string) => t(`bank:sections.${id}.title`);
  const plan = planRows(file.plan ?? {}, t, meta.language, result.scores, file.targets ?? {});
  const planned = new Map(plan.flatMap((row) => (row.action.recommendation ? [[row.action.recommendation, row]] : [])));
  const reports = t('report:sources', {
    deloitte: t('bank:reports.deloitte-2018'),
    ramboll: t('bank:reports.ramboll-2024'),
  });
  const versions = t('report:versions', { bank: bank.version, app: meta.appVersion });

  return {
    language: meta.language,
    title: t('report:title', { name }),
    // The footer is one line: a long name is shortened there, and given whole on the cover.
    footer: t('report:footer', {
      name: name.length > 60 ? `${name.slice(0, 59)}…` : name,
      page: '{page}',
      pages: '{pages}',
    }),
    cover: {
      kicker: t('report:cover.kicker'),
      name,
      what: t('report:cover.what'),
      facts: [
        { label: t('report:cover.date'), value: meta.date },
        {
          label: t('report:cover.sector'),
          value: answers.sector ? t(`bank:options.${answers.sector}`) : t('report:cover.notGiven'),
        },
      ],
      contents: t('report:cover.contents'),
      accessibility: t('report:cover.accessibility'),
    },
    summary: {
      heading: t('report:headings.summary'),
      verdict: verdictText(verdict, t, earlierDate),
      areasLead: t('app:verdict.areasLead'),
      pressure: {
        head: [t('report:scoresTable.barrier'), t('report:scoresTable.pressure')],
        body: scored
          .filter((s) => s.kind !== 'maturity-area')
          .map((s) => [title(s.sectionId), scoreFigure(t, s.value)]),
      },
      maturity: {
        head: [t('report:scoresTable.area'), t('report:scoresTable.maturity'), t('report:scoresTable.national')],
        // The verdict's areas are exactly the maturity areas shown, in the same order.
        body: verdict.areas.map((area) => [
          title(area.sectionId),
          scoreFigure(t, area.value),
          standingCountsText(area, t),
        ]),
      },
      actionsHeading: t('report:actionsHeading'),
      actionsLead: plan.length > 0 ? t('plan:report.actionsLeadPlan') : t('report:actionsLead'),
      actions: {
        head: (['number', 'action', 'responsible', 'deadline'] as const).map((k) => t(`report:actionsTable.${k}`)),
        // Left blank for management to fill in, unless the plan already says who and by when.
        body: result.recommendations.slice(0, firstSteps).map((r, index) => {
          const row = planned.get(r.id);
          return [String(index + 1), recommendationText(r, t).title, row?.responsible ?? '', row?.deadline ?? ''];
        }),
      },
    },
    ...(plan.length > 0
      ? {
          plan: {
            heading: t('plan:report.heading'),
            lead: t('plan:report.lead'),
            table: {
              head: [
                t('plan:report.number'),
                t('plan:fields.title'),
                t('plan:fields.responsible'),
                t('plan:fields.deadline'),
                t('plan:fields.status'),
              ],
              body: plan.map((row, index) => [
                String(index + 1),
                row.title,
                row.responsible || t('plan:noResponsible'),
                row.deadline || t('plan:noDeadline'),
                row.status,
              ]),
            },
            detailsHeading: t('plan:report.details'),
            // An own action with neither areas nor a note has nothing more to say.
            details: plan.flatMap((row, index) =>
              row.action.recommendation || row.areas || row.note
                ? [
                    [`${index + 1}. ${row.from}.`, row.areas && `${t('plan:fields.areas')}: ${row.areas}.`, row.note]
                      .filter(Boolean)
                      .join(' '),
                  ]
                : [],
            ),
          },
        }
      : {}),
    charts: {
      heading: t('report:headings.charts'),
      charts: [
        chart(shownScores('barrier-category'), t, 'barrierChart'),
        ...(technologies.length > 0 ? [chart(technologies, t, 'technologyChart')] : []),
        chart(shownScores('maturity-area'), t, 'maturityChart'),
      ],
    },
    ...(national.length > 0
      ? {
          national: {
            heading: t('report:headings.national'),
            intro: t('report:nationalIntro'),
            legend: {
              high: t('bank:bands.high'),
              some: t('bank:bands.some'),
              rest: t('report:legendRest'),
              low: t('bank:bands.low'),
              own: t('app:results.national.yours'),
              you: t('app:results.national.you'),
            },
            areas: national,
          },
        }
      : {}),
    ...(recommendations.length > 0
      ? {
          firstSteps: {
            heading: t('report:headings.firstSteps'),
            lead: t('app:results.recommendation.startHereLead'),
            recommendations: recommendations.slice(0, firstSteps),
          },
        }
      : {}),
    ...(recommendations.length > firstSteps
      ? {
          otherRecommendations: {
            heading: t('report:headings.otherRecommendations'),
            lead: t('report:otherLead'),
            recommendations: recommendations.slice(firstSteps),
          },
        }
      : {}),
    answers: {
      heading: t('report:headings.answers'),
      // A section with no question shown (a technology not in use) has nothing to list.
      sections: bank.sections.flatMap((section) => {
        const shown = section.questions.filter((q) => isShown(q, answers));
        if (shown.length === 0) return [];
        return [
          {
            title: t(`bank:sections.${section.id}.title`),
            head: (['question', 'answer', 'note'] as const).map((k) => t(`report:answersTable.${k}`)),
            body: shown.map((q) => {
              const answer = answers[q.id];
              const text = !answer
                ? t('app:check.notAnswered')
                : q.type === 'text'
                  ? answer
                  : t(`bank:options.${answer}`);
              const note = reportNote(notes[q.id] ?? '');
              return [
                t(`questions:${q.id}.text`),
                text,
                note.shortened ? `${note.text} ${t('report:noteShortened')}` : note.text,
              ];
            }),
          },
        ];
      }),
    },
    ...(comparison ? { changes: changesModel(comparison, file.plan ?? {}, t, meta.language) } : {}),
    ...(workshop ? { workshop: workshopModel(workshop, t) } : {}),
    method: {
      heading: t('report:headings.method'),
      paragraphs: [
        ...(['barriers', 'ratings', 'maturity', 'dontKnow', 'benchmark', 'recommendations'] as const).map((k) =>
          t(`app:about.method.${k}`),
        ),
        ...(workshop ? [t('app:about.method.workshop')] : []),
        t('app:about.sourcesUse'),
        reports,
        versions,
      ],
    },
    sources: {
      heading: t('plan:report.sources'),
      recommendations: result.recommendations
        .filter((r, index) => index < firstSteps || planned.has(r.id))
        .map((r) => {
          const text = recommendationText(r, t);
          return `${text.title} – ${text.source}`;
        }),
      reports,
      versions,
    },
  };
}

function changesModel(
  { earlier, changes }: { earlier: AnswersFile; changes: Comparison },
  plan: Readonly<Plan>,
  t: TFunction,
  language: string,
) {
  const earlierPlan = earlier.plan ?? {};
  return {
    ...(Object.keys(earlierPlan).length > 0
      ? { progress: progressText(planProgress(earlierPlan, plan, changes.sections), t, 'sign') }
      : {}),
    heading: t('report:headings.changes'),
    against: t('app:results.compare.against', {
      name: earlier.answers['organisation-name']?.trim() || t('app:results.compare.unnamed'),
      date: (earlier.savedAt && formatDate(earlier.savedAt, language)) ?? t('app:results.compare.unknownDate'),
    }),
    table: {
      head: [
        t('app:results.table.area'),
        t('app:results.compare.before'),
        t('app:results.compare.after'),
        t('app:results.compare.change'),
      ],
      body: changes.sections
        .filter((s) => s.before !== null || s.after !== null)
        .map((s) => [
          t(`bank:sections.${s.sectionId}.title`),
          scoreFigure(t, s.before),
          scoreFigure(t, s.after),
          changeText(s, t, 'sign'),
        ]),
    },
    questionsHeading: t('app:results.compare.questionsHeading'),
    questions:
      changes.questions.length === 0
        ? [t('app:results.compare.noQuestionChanges')]
        : changes.questions.map((q) =>
            t('app:results.compare.questionLine', {
              question: t(`questions:${q.questionId}.short`),
              before: t(`bank:options.${q.before ?? ''}`),
              after: t(`bank:options.${q.after ?? ''}`),
              direction: t(`app:results.compare.${q.direction}`),
            }),
          ),
  };
}

function workshopModel(workshop: WorkshopResult, t: TFunction) {
  return {
    heading: t('report:headings.workshop'),
    intro: t('workshop:sectionsLead'),
    table: { head: workshopHead(t), body: workshopRows(workshop, t).map(workshopCells) },
    discussionHeading: t('workshop:discussionHeading'),
    discussion: workshop.discussion.slice(0, 10).map((id) => {
      const counts = answerCounts(workshop.questions.find((q) => q.questionId === id)?.counts ?? {}, t, ', ');
      return `${t(`questions:${id}.text`)} (${counts})`;
    }),
  };
}

/** The report's model of one answers file, for the PDF and the Word document alike. */
export function assessmentModel(
  bank: Bank,
  file: AnswersFile,
  t: TFunction,
  language: string,
  date: string,
  earlier?: AnswersFile,
) {
  const comparison = earlier
    ? { earlier, changes: compareAssessments(bank, earlier.answers, file.answers) }
    : undefined;
  return reportModel(
    bank,
    file,
    assess(bank, file.answers),
    t,
    { date, appVersion, language },
    { ...(comparison ? { comparison } : {}) },
  );
}
