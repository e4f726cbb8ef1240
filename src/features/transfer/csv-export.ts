import type { TFunction } from 'i18next';
import { isShown, type Bank } from '../../../questions';
import type { AnswersFile } from '../../../questions/answers';
import type { AssessmentResult } from '../../../scoring';
import { toCsv } from '../../format/csv';
import type { PlanRow } from '../../format/plan-text';

/** Every shown question with its answer and note, one row each, for Danish Excel. */
export function answersCsv(bank: Bank, file: AnswersFile, t: TFunction): string {
  const notes = file.notes ?? {};
  const rows = bank.sections.flatMap((section) =>
    section.questions
      .filter((q) => isShown(q, file.answers))
      .map((q) => {
        const answer = file.answers[q.id];
        return [
          t(`bank:sections.${section.id}.title`),
          q.id,
          t(`questions:${q.id}.text`),
          answer === undefined ? '' : q.type === 'text' ? answer : t(`bank:options.${answer}`),
          notes[q.id] ?? '',
        ];
      }),
  );
  return toCsv([(['section', 'id', 'question', 'answer', 'note'] as const).map((k) => t(`app:csv.${k}`)), ...rows]);
}

/** The scores, then the ranked recommendations, for Danish Excel; scores to one decimal with a decimal comma. */
export function resultsCsv(result: AssessmentResult, t: TFunction): string {
  const scores = result.scores
    .filter((s) => s.shown > 0)
    .map((s) => [
      t(`bank:sections.${s.sectionId}.title`),
      t(`bank:kinds.${s.kind}`),
      s.value === null ? undefined : Math.round(s.value * 10) / 10,
      s.shown,
      s.answered,
      s.dontKnow,
    ]);
  const recommendations = result.recommendations.map((r, i) => [
    i + 1,
    `${r.label ? `${r.label} ` : ''}${t(`recommendations:${r.id}.title`)}`,
    t(`bank:scopes.${r.scope}`),
    r.triggers.map((trigger) => t(`questions:${trigger.questionId}.short`)).join(', '),
  ]);
  return toCsv([
    (['area', 'kind', 'score', 'shown', 'answered', 'dontKnow'] as const).map((k) => t(`app:csv.${k}`)),
    ...scores,
    [],
    (['rank', 'recommendation', 'scope', 'why'] as const).map((k) => t(`app:csv.${k}`)),
    ...recommendations,
  ]);
}

/** The action plan, one row per action in the plan's order; the deadline as YYYY-MM-DD, which Excel reads as a date. */
export function planCsv(rows: PlanRow[], t: TFunction): string {
  return toCsv([
    [
      t('plan:report.number'),
      ...(['title', 'from', 'areas', 'responsible', 'deadline', 'status', 'note'] as const).map((k) =>
        t(`plan:fields.${k}`),
      ),
    ],
    ...rows.map((row, i) => [
      i + 1,
      row.title,
      row.from,
      row.areas,
      row.responsible,
      row.action.deadline ?? '',
      row.status,
      row.note,
    ]),
  ]);
}
