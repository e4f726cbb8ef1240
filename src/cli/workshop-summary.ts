import type { TFunction } from 'i18next';
import type { Bank } from '../../questions/schema';
import type { WorkshopResult } from '../../scoring';
import { summaryText } from './summary';
import { answerCounts } from '../format/answer-counts';
import { workshopRows } from '../format/workshop-rows';

// Enough points to steer a discussion; --json has them all.
const topDiscussion = 5;

/**
 * A workshop in words for a terminal: each section's group score with the participants' mean and spread beside it,
 * where people disagree, and the group's result.
 */
export function workshopText(bank: Bank, workshop: WorkshopResult, t: TFunction): string {
  const lines = [t('cli:workshop.title', { count: workshop.participants }), '', t('cli:workshop.sections')];
  for (const row of workshopRows(workshop, t)) {
    const { group, mean, spread, range, answered } = row;
    const figures = row.single
      ? t('cli:workshop.sectionLineOne', { group, answered })
      : t('cli:workshop.sectionLine', { group, mean, spread, range, answered });
    lines.push(`  ${row.area.padEnd(40, ' ')} ${figures}`);
  }
  lines.push('', t('cli:workshop.discussion'));
  if (workshop.discussion.length === 0) lines.push(`  ${t('cli:workshop.agreement')}`);
  for (const id of workshop.discussion.slice(0, topDiscussion)) {
    const question = workshop.questions.find((q) => q.questionId === id);
    if (!question) continue;
    const counts = answerCounts(question.counts, t, ', ');
    lines.push(`  - ${t(`questions:${id}.text`)}`, `    ${counts}`);
  }
  lines.push('', t('cli:workshop.group'), '');
  return `${lines.join('\n')}\n${summaryText(bank, workshop.groupAnswers, workshop.group, t('cli:workshop.groupName'), t)}`;
}
