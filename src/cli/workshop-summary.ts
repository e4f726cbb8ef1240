import type { TFunction } from 'i18next';
import type { Bank } from '../../questions/schema';
import type { WorkshopResult } from '../../scoring';
import { summaryText } from './summary';
import { answerCounts } from '../format/answer-counts';

// Enough points to steer a discussion; --json has them all.
const topDiscussion = 5;
const round = (value: number | null) => (value === null ? '–' : String(Math.round(value)));

/** A workshop in words for a terminal: each section's mean and spread, where people disagree, and the group's result. */
export function workshopText(bank: Bank, workshop: WorkshopResult, t: TFunction): string {
  const lines = [t('cli:workshop.title', { count: workshop.participants }), '', t('cli:workshop.sections')];
  for (const s of workshop.sections.filter((x) => x.scored > 0)) {
    lines.push(
      `  ${t(`bank:sections.${s.sectionId}.title`).padEnd(40, ' ')} ${t('cli:workshop.sectionLine', {
        mean: round(s.mean),
        spread: round(s.spread),
        min: round(s.min),
        max: round(s.max),
        scored: s.scored,
      })}`,
    );
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
