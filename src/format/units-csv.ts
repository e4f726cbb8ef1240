import type { TFunction } from 'i18next';
import type { Bank } from '../../questions/schema';
import { answerOf, assess, shownScaleQuestions, type Assessment, type UnitsComparison } from '../../scoring';
import { toCsv } from './csv';

/** The long format's columns, in order: the names Excel and Power BI take as headers. */
export const unitsCsvColumns = [
  'organisation',
  'unit',
  'saved',
  'sectionId',
  'section',
  'score',
  'questionId',
  'question',
  'answerId',
  'answer',
  'standing',
] as const;

/**
 * Units side by side in long format, one row per unit, area and question shown to that unit: the area's score
 * (whole points) on every row of the area, the answer as id and words, and its standing beside the national
 * figure where the item has one. Long, not wide, so a pivot table or Power BI can group it any way.
 */
export function unitsCsv(
  bank: Bank,
  comparison: UnitsComparison,
  assessments: readonly Assessment[],
  t: TFunction,
): string {
  const head = unitsCsvColumns.map((c) => t(`series:units.csv.${c}`));
  const rows = comparison.units.flatMap((unit) => {
    const answers = assessments.find((a) => a.label === unit.label)?.file.answers ?? {};
    const result = assess(bank, answers);
    const standing = new Map(result.benchmarks.map((b) => [b.questionId, b.standing]));
    return bank.sections
      .filter((s) => s.kind !== 'profile')
      .flatMap((section) => {
        const score = unit.scores.find((s) => s.sectionId === section.id)?.value ?? null;
        return shownScaleQuestions(section, answers).map((q) => {
          const answer = answerOf(answers, q.id);
          const place = standing.get(q.id);
          return [
            comparison.organisation,
            unit.unit,
            unit.date?.slice(0, 10),
            section.id,
            t(`bank:sections.${section.id}.title`),
            score === null ? undefined : Math.round(score),
            q.id,
            t(`questions:${q.id}.text`),
            answer,
            answer === undefined ? undefined : t(`bank:options.${answer}`),
            place === undefined ? undefined : t(`app:verdict.standing.${place}`),
          ];
        });
      });
  });
  return toCsv([head, ...rows]);
}
