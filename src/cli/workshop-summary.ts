import type { TFunction } from 'i18next';
import type { Bank } from '../../questions/schema';
import { disputedQuestions } from '../../scoring';
import { summaryText } from './summary';
import { answerCounts } from '../format/answer-counts';
import { decisionText } from '../format/decision-text';
import { formatDate } from '../format/locale';
import { workshopRows } from '../format/workshop-rows';
import type { AssessedWorkshop } from './workshop-input';

// Enough points to steer a discussion; --json has them all.
const topDiscussion = 5;

/**
 * A workshop in words for a terminal: who and when, each section's group score with the participants' mean and
 * spread beside it, the groups per role and where they differ, the disputed questions with what was decided, and the
 * group's result. No participant is named.
 */
export function workshopText(
  bank: Bank,
  { file, result, roles }: AssessedWorkshop,
  t: TFunction,
  language: string,
): string {
  const lines = [
    file.name
      ? t('cli:workshop.titleNamed', { name: file.name, count: result.participants })
      : t('cli:workshop.title', { count: result.participants }),
    ...(file.date
      ? [t('cli:workshop.date', { date: formatDate(`${file.date}T12:00:00Z`, language) ?? file.date })]
      : []),
    '',
    t('cli:workshop.sections'),
  ];
  for (const row of workshopRows(result, t)) {
    const { group, mean, spread, range, answered } = row;
    const figures = row.single
      ? t('cli:workshop.sectionLineOne', { group, answered })
      : t('cli:workshop.sectionLine', { group, mean, spread, range, answered });
    lines.push(`  ${row.area.padEnd(40, ' ')} ${figures}`);
  }
  if (roles.groups.length > 0) {
    lines.push('', t('cli:workshop.roles'));
    for (const group of roles.groups)
      lines.push(`  ${t('meeting:roles.group', { role: group.role, count: group.participants })}`);
    for (const gap of roles.gaps)
      lines.push(
        `  ${t(`bank:sections.${gap.sectionId}.title`)}: ${t('meeting:roles.gap', {
          low: gap.low.role,
          lowValue: Math.round(gap.low.value),
          high: gap.high.role,
          highValue: Math.round(gap.high.value),
        })}`,
      );
  }
  lines.push('', t('cli:workshop.discussion'));
  const disputed = disputedQuestions(bank, result);
  if (disputed.length === 0) lines.push(`  ${t('cli:workshop.agreement')}`);
  for (const id of disputed.slice(0, topDiscussion)) {
    const question = result.questions.find((q) => q.questionId === id);
    if (!question) continue;
    lines.push(`  - ${t(`questions:${id}.text`)}`, `    ${answerCounts(question.counts, t, ', ')}`);
    lines.push(`    ${decisionText(result, id, t)}`);
  }
  lines.push('', t('cli:workshop.group', { count: result.agreed.length }), '');
  return `${lines.join('\n')}\n${summaryText(bank, result.groupAnswers, result.group, file.name || t('cli:workshop.groupName'), t)}`;
}
