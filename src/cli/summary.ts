import type { TFunction } from 'i18next';
import type { Bank } from '../../questions/schema';
import { seedFiles } from '../../questions/sources';
import type { AssessmentResult, SectionScore } from '../../scoring';

/** How many recommendations the readable summary shows; the JSON output has them all. */
const topRecommendations = 10;

const scoreLine = (score: SectionScore, t: TFunction) => {
  const title = t(`bank:sections.${score.sectionId}.title`);
  const value = score.value === null ? t('cli:summary.notScored') : String(Math.round(score.value));
  return `  ${title.padEnd(40, ' ')} ${value.padStart(3, ' ')}   (${t('cli:summary.counts', { ...score })})`;
};

/** A readable summary of one assessment for a terminal: scores, national comparison, top recommendations. */
export function summaryText(bank: Bank, result: AssessmentResult, name: string | undefined, t: TFunction): string {
  const lines = [
    t('cli:summary.title', { name: name?.trim() || t('cli:summary.unnamed') }),
    t('cli:summary.bankVersion', { version: result.bankVersion }),
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
      lines.push(
        `    ${t('cli:summary.benchmarkLine', { band: t(`bank:bands.${position.band}`), share: position.share })}`,
      );
    }
  }

  lines.push('', t('cli:summary.recommendations'));
  if (!result.barriersReported) lines.push(`  ${t('cli:summary.noBarriers')}`);
  if (result.recommendations.length === 0) lines.push(`  ${t('cli:summary.noRecommendations')}`);
  const questionSections = new Map(bank.sections.flatMap((s) => s.questions.map((q) => [q.id, s.id])));
  result.recommendations.slice(0, topRecommendations).forEach((r, index) => {
    lines.push(
      '',
      `  ${index + 1}. ${r.label ? `${r.label} ` : ''}${t(`recommendations:${r.id}.title`)}`,
      `     ${t(`bank:kinds.${r.kind}`)} · ${t(`bank:scopes.${r.scope}`)}`,
      `     ${t('cli:summary.why')}:`,
      ...r.triggers.map(
        (trigger) =>
          `       - ${t('cli:summary.whyLine', {
            answer: t(`bank:options.${trigger.answer}`),
            question: t(`questions:${trigger.questionId}.text`),
          })} [${t(`bank:sections.${questionSections.get(trigger.questionId) ?? ''}.title`)}]`,
      ),
      `     ${t('cli:summary.doNow')}: ${t(`recommendations:${r.id}.action`)}`,
      `     ${t('cli:summary.source')}: ${t('cli:summary.sourceLine', {
        report: t(`bank:reports.${r.source.report}`),
        section: r.source.section,
        line: r.source.line,
        file: seedFiles[r.source.report],
      })}`,
    );
  });
  const hidden = result.recommendations.length - topRecommendations;
  if (hidden > 0) lines.push('', `  ${t('cli:summary.more', { count: hidden })}`);
  return `${lines.join('\n')}\n`;
}
