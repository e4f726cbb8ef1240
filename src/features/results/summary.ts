import type { TFunction } from 'i18next';
import { barriersAnswered, type AssessmentResult, type SectionScore } from '../../../scoring';

export const scoreText = (t: TFunction, score: SectionScore) =>
  score.value === null ? t('app:results.noScore') : t('app:results.scoreOf100', { value: Math.round(score.value) });

/** The results in words, for the results page and the PDF alike. */
export function summarySentences(result: AssessmentResult, t: TFunction) {
  const title = (id: string) => t(`bank:sections.${id}.title`);
  const heaviest = result.heaviestBarriers.slice(0, 3);
  const heaviestScores = heaviest.flatMap((id) => result.scores.filter((s) => s.sectionId === id));
  const maturity = result.scores.filter((s) => s.kind === 'maturity-area');
  const unanswered = result.scores.reduce((sum, s) => sum + s.unanswered, 0);
  const dontKnow = result.scores.reduce((sum, s) => sum + s.dontKnow, 0);
  const { answered, dontKnow: unknown } = result.basis;
  return {
    // Said first: a result that rests mostly on "Ved ikke" says little, whatever its numbers.
    caution:
      unknown > answered
        ? t('app:results.summary.mostlyUnknown', { dontKnow: unknown, total: answered + unknown })
        : undefined,
    barriers: result.barriersReported
      ? t('app:results.summary.heaviest', {
          count: heaviestScores.length,
          list: heaviestScores.map((s) => `${title(s.sectionId)} (${scoreText(t, s)})`).join(', '),
        })
      : barriersAnswered(result)
        ? t('app:results.summary.noBarriers')
        : t('app:results.summary.noBarrierAnswers'),
    maturity: t('app:results.summary.maturity', {
      list: maturity.map((s) => `${title(s.sectionId)}: ${scoreText(t, s)}`).join('; '),
    }),
    recommendations:
      result.recommendations.length > 0
        ? t('app:results.summary.recommendations', {
            list: result.recommendations
              .slice(0, 3)
              .map((r) => t(`recommendations:${r.id}.title`))
              .join('; '),
          })
        : t('app:results.summary.noRecommendations'),
    basis: unanswered > 0 || dontKnow > 0 ? t('app:results.summary.basis', { unanswered, dontKnow }) : undefined,
  };
}
