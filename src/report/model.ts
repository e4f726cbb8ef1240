import type { TFunction } from 'i18next';
import { isShown, type Bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import {
  nationalFigure,
  type AssessmentResult,
  type Comparison,
  type National,
  type NationalSegment,
  type SectionScore,
  type WorkshopResult,
} from '../../scoring';
import { scoreText, summarySentences } from '../features/results/summary';
import { answerCounts } from '../format/answer-counts';
import { reportNote } from './note';
import { recommendationText } from '../format/recommendation-text';

/** The report names the first five recommendations as where to start, as the results page does. */
const startWith = 5;

export interface ChartModel {
  title: string;
  description: string;
  rows: { id: string; label: string; value: number | null; valueText: string }[];
}

export interface NationalModel {
  title: string;
  items: {
    id: string;
    label: string;
    national: National;
    segment?: NationalSegment;
  }[];
}

export interface TableModel {
  head: string[];
  body: string[][];
}

/** Everything the PDF shows, translated, as plain data: the renderer only lays it out. */
export interface ReportModel {
  language: string;
  title: string;
  subtitle: string;
  footer: string;
  cover: { label: string; value: string }[];
  accessibilityNote: string;
  headings: Record<'summary' | 'charts' | 'scores' | 'recommendations' | 'answers' | 'method', string>;
  summary: string[];
  charts: ChartModel[];
  legend: { high: string; some: string; rest: string; low: string; own: string; you: string };
  national: NationalModel[];
  scores: TableModel;
  recommendations: (Omit<ReturnType<typeof recommendationText>, 'tags'> & {
    tags: string;
    /** The heading before the first recommendation, and before the sixth, where the rest begin. */
    startHere?: string | undefined;
    rest?: string | undefined;
  })[];
  answers: ({ title: string } & TableModel)[];
  /** A workshop's spread and points to discuss, when the report is the group's. */
  workshop?: { heading: string; intro: string; table: TableModel; discussionHeading: string; discussion: string[] };
  /** What changed since an earlier assessment, when the report is made with one. */
  changes?: { heading: string; against: string; table: TableModel; questionsHeading: string; questions: string[] };
  method: string[];
}

const chart = (scores: SectionScore[], t: TFunction, key: string): ChartModel => ({
  title: t(`app:results.${key}.title`),
  description: t(`app:results.${key}.description`),
  rows: scores.map((s) => ({
    id: s.sectionId,
    label: t(`bank:sections.${s.sectionId}.title`),
    value: s.value,
    valueText: s.value === null ? t('app:results.noScore') : String(Math.round(s.value)),
  })),
});

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
  const option = (id: string | undefined) => (id ? t(`bank:options.${id}`) : t('report:cover.notGiven'));
  const shownScores = (kind: string) => result.scores.filter((s) => s.kind === kind && s.shown > 0);
  const summary = summarySentences(result, t);
  const technologies = shownScores('technology');

  return {
    language: meta.language,
    title: t('report:title', { name }),
    subtitle: t('report:cover.subtitle'),
    // The footer is one line: a long name is shortened there, and given whole on the cover.
    footer: t('report:footer', {
      name: name.length > 60 ? `${name.slice(0, 59)}…` : name,
      page: '{page}',
      pages: '{pages}',
    }),
    cover: [
      { label: t('report:cover.organisation'), value: name },
      { label: t('report:cover.sector'), value: option(answers.sector) },
      { label: t('report:cover.date'), value: meta.date },
      {
        label: t('report:cover.version'),
        value: t('report:cover.versions', { bank: bank.version, app: meta.appVersion }),
      },
    ],
    accessibilityNote: t('report:cover.accessibility'),
    headings: {
      summary: t('report:headings.summary'),
      charts: t('report:headings.charts'),
      scores: t('report:headings.scores'),
      recommendations: t('report:headings.recommendations'),
      answers: t('report:headings.answers'),
      method: t('report:headings.method'),
    },
    summary: [
      ...(summary.caution ? [summary.caution] : []),
      summary.barriers,
      summary.maturity,
      summary.recommendations,
      ...(summary.basis ? [summary.basis] : []),
    ],
    charts: [
      chart(shownScores('barrier-category'), t, 'barrierChart'),
      ...(technologies.length > 0 ? [chart(technologies, t, 'technologyChart')] : []),
      chart(shownScores('maturity-area'), t, 'maturityChart'),
    ],
    legend: {
      high: t('bank:bands.high'),
      some: t('bank:bands.some'),
      rest: t('report:legendRest'),
      low: t('bank:bands.low'),
      own: t('app:results.national.yours'),
      you: t('app:results.national.you'),
    },
    national: bank.sections
      .filter((s) => s.questions.some((q) => q.type === 'scale' && q.benchmark))
      .map((section) => ({
        title: t('report:headings.national', { area: t(`bank:sections.${section.id}.title`) }),
        items: section.questions.flatMap((q) => {
          if (q.type !== 'scale' || !q.benchmark || !isShown(q, answers)) return [];
          const position = result.benchmarks.find((b) => b.questionId === q.id);
          return [
            {
              id: q.id,
              label: t(`questions:${q.id}.short`),
              national: nationalFigure(q.benchmark),
              ...(position ? { segment: position.segment } : {}),
            },
          ];
        }),
      })),
    scores: {
      head: (['area', 'kind', 'score', 'shown', 'answered', 'dontKnow'] as const).map((k) =>
        t(`report:scoresTable.${k}`),
      ),
      body: result.scores
        .filter((s) => s.shown > 0)
        .map((s) => [
          t(`bank:sections.${s.sectionId}.title`),
          t(`bank:kinds.${s.kind}`),
          scoreText(t, s),
          String(s.shown),
          String(s.answered),
          String(s.dontKnow),
        ]),
    },
    recommendations: result.recommendations.map((r, index) => {
      const text = recommendationText(r, t);
      return {
        ...text,
        title: `${index + 1}. ${text.title}`,
        tags: text.tags.join(' · '),
        startHere: index === 0 ? t('app:results.recommendation.startHere') : undefined,
        rest: index === startWith ? t('report:restHeading') : undefined,
      };
    }),
    answers: bank.sections.map((section) => ({
      title: t(`bank:sections.${section.id}.title`),
      head: (['question', 'answer', 'note'] as const).map((k) => t(`report:answersTable.${k}`)),
      body: section.questions
        .filter((q) => isShown(q, answers))
        .map((q) => {
          const answer = answers[q.id];
          const shown = !answer ? t('app:check.notAnswered') : q.type === 'text' ? answer : t(`bank:options.${answer}`);
          const note = reportNote(notes[q.id] ?? '');
          return [
            t(`questions:${q.id}.text`),
            shown,
            note.shortened ? `${note.text} ${t('report:noteShortened')}` : note.text,
          ];
        }),
    })),
    ...(comparison ? { changes: changesModel(comparison, t) } : {}),
    ...(workshop ? { workshop: workshopModel(workshop, t) } : {}),
    method: [
      ...(['barriers', 'ratings', 'maturity', 'dontKnow', 'benchmark', 'recommendations'] as const).map((k) =>
        t(`app:about.method.${k}`),
      ),
      t('app:about.sourcesUse'),
      t('report:sources', { deloitte: t('bank:reports.deloitte-2018'), ramboll: t('bank:reports.ramboll-2024') }),
    ],
  };
}

const arrows = { better: '^', worse: 'v', same: '=' } as const;

function changesModel({ earlier, changes }: { earlier: AnswersFile; changes: Comparison }, t: TFunction) {
  const score = (value: number | null) => (value === null ? t('app:results.noScore') : String(Math.round(value)));
  const direction = (d: keyof typeof arrows | null) => (d ? `${arrows[d]} ${t(`app:results.compare.${d}`)}` : '-');
  return {
    heading: t('report:headings.changes'),
    against: t('app:results.compare.against', {
      name: earlier.answers['organisation-name']?.trim() || t('app:results.compare.unnamed'),
      date: earlier.savedAt?.slice(0, 10) ?? '-',
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
        .map((s) => [t(`bank:sections.${s.sectionId}.title`), score(s.before), score(s.after), direction(s.direction)]),
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
              direction: direction(q.direction),
            }),
          ),
  };
}

function workshopModel(workshop: WorkshopResult, t: TFunction) {
  const round = (value: number | null) => (value === null ? '-' : String(Math.round(value)));
  return {
    heading: t('report:headings.workshop'),
    intro: t('report:workshopIntro', { count: workshop.participants }),
    table: {
      head: [
        t('app:results.table.area'),
        t('app:workshop.mean'),
        t('app:workshop.spread'),
        t('app:workshop.range'),
        t('app:workshop.scored'),
      ],
      body: workshop.sections
        .filter((s) => s.scored > 0)
        .map((s) => [
          t(`bank:sections.${s.sectionId}.title`),
          round(s.mean),
          round(s.spread),
          t('app:workshop.rangeValue', { min: round(s.min), max: round(s.max) }),
          t('app:workshop.scoredValue', { scored: s.scored, total: workshop.participants }),
        ]),
    },
    discussionHeading: t('app:workshop.discussionHeading'),
    discussion: workshop.discussion.slice(0, 10).map((id) => {
      const counts = answerCounts(workshop.questions.find((q) => q.questionId === id)?.counts ?? {}, t, ', ');
      return `${t(`questions:${id}.text`)} (${counts})`;
    }),
  };
}
