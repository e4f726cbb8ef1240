import type { TFunction } from 'i18next';
import { benchmarkText, sectorText } from '../format/benchmark-text';
import { recommendationText } from '../format/recommendation-text';
import type { Bank } from '../../questions/schema';
import { verdictText } from '../format/verdict-text';
import { sectorOf } from '../../questions/sectors';
import {
  answerOf,
  barriersAnswered,
  verdictOf,
  type Answers,
  type AssessmentResult,
  type SectionScore,
} from '../../scoring';

/** How many recommendations the readable summary shows; the JSON output has them all. */
const topRecommendations = 10;

const scoreLine = (score: SectionScore, t: TFunction) => {
  const title = t(`bank:sections.${score.sectionId}.title`);
  const value = score.value === null ? t('cli:summary.notScored') : String(Math.round(score.value));
  return `  ${title.padEnd(40, ' ')} ${value.padStart(3, ' ')}   (${t('cli:summary.counts', { ...score })})`;
};

/**
 * A readable summary of one assessment for a terminal: scores, national comparison, top recommendations. `records`:
 * lines on the approval and the evidence, printed under the title.
 */
export function summaryText(
  bank: Bank,
  answers: Answers,
  result: AssessmentResult,
  name: string | undefined,
  t: TFunction,
  records: readonly string[] = [],
): string {
  const verdict = verdictText(verdictOf(bank, answers, result), t);
  const lines = [
    t('cli:summary.title', { name: name?.trim() || t('cli:summary.unnamed') }),
    t('cli:summary.bankVersion', { version: result.bankVersion }),
    '',
    ...records,
    // The verdict first, in the same words as the results page and the report.
    t('app:verdict.heading'),
    ...(verdict.caution ? [`  ${verdict.caution}`] : []),
    `  ${verdict.barriers}`,
    ...verdict.areas.map((area) => `  ${area.title}, ${area.score}. ${area.sentences.join(' ')}`),
    `  ${verdict.basis}`,
    '',
    t('cli:summary.barriers'),
    ...result.scores.filter((s) => s.kind === 'barrier-category').map((s) => scoreLine(s, t)),
    '',
    t('cli:summary.technologies'),
  ];
  const technologies = result.scores.filter((s) => s.kind === 'technology' && s.shown > 0);
  lines.push(
    ...(technologies.length > 0 ? technologies.map((s) => scoreLine(s, t)) : [`  ${t('cli:summary.noTechnologies')}`]),
  );
  lines.push(
    '',
    t('cli:summary.maturity'),
    ...result.scores.filter((s) => s.kind === 'maturity-area').map((s) => scoreLine(s, t)),
  );

  if (result.benchmarks.length > 0) {
    lines.push('', t('cli:summary.benchmark'));
    for (const position of result.benchmarks) {
      lines.push(`  ${t(`questions:${position.questionId}.text`)}`);
      lines.push(`    ${benchmarkText(position, t)}`);
      const sector = sectorText(position, t);
      if (sector) lines.push(`    ${sector}`);
    }
  }

  lines.push('', t('cli:summary.recommendations'));
  if (!result.barriersReported && barriersAnswered(result)) lines.push(`  ${t('cli:summary.noBarriers')}`);
  if (result.recommendations.length === 0) lines.push(`  ${t('cli:summary.noRecommendations')}`);
  const sector = sectorOf(answerOf(answers, 'sector'));
  result.recommendations.slice(0, topRecommendations).forEach((r, index) => {
    const text = recommendationText(r, t, sector);
    lines.push(
      '',
      `  ${index + 1}. ${text.title}`,
      `     ${text.tags.slice(0, 2).join(' · ')}`,
      `     ${text.reportLabel}: ${text.about}`,
      ...(text.status ? [`     ${text.status}`] : []),
      `     ${text.source}`,
      ...(text.update ? [`     ${text.update.label} ${text.update.text}`, `     ${text.update.source}`] : []),
      `     ${text.suggestionLabel}: ${text.action}`,
      `     ${text.whyLabel} (${text.mapping})`,
      ...text.why.map((why) => `       - ${why}`),
    );
  });
  const hidden = result.recommendations.length - topRecommendations;
  if (hidden > 0) lines.push('', `  ${t('cli:summary.more', { count: hidden })}`);
  return `${lines.join('\n')}\n`;
}
