import type { TFunction } from 'i18next';
import type { Plan } from '../../questions/plan';
import type { WorkshopNotice, WorkshopProblem } from '../../questions/workshop-file';
import { planNoticeText } from './plan-text';
import { printable } from './printable';

/** A question named in a notice: its short label where the bank has it, else its id as the file wrote it. */
const questionName = (id: string, t: TFunction) =>
  t(`questions:${id}.short`, { defaultValue: printable(id, { singleLine: true }) });

/** What reading a workshop changed, in one sentence in the user's language, as the page and the command line say it. */
export function workshopNoticeText(notice: WorkshopNotice, t: TFunction, plan: Readonly<Plan> = {}): string {
  switch (notice.code) {
    case 'plan':
      return planNoticeText(notice.notice, plan, t);
    case 'decision-unknown-question':
    case 'decision-reworded':
      return t(`meeting:notices.${notice.code}`, { question: questionName(notice.question, t) });
    case 'decision-unknown-answer':
      return t('meeting:notices.decision-unknown-answer', {
        question: questionName(notice.question, t),
        answer: printable(notice.answer, { singleLine: true }),
      });
    case 'participant-refused':
    case 'participant-key':
      return t(`meeting:notices.${notice.code}`, { number: notice.number });
    case 'odd-date':
      return t('meeting:notices.odd-date', { date: printable(notice.date, { singleLine: true }) });
    case 'unknown-field':
    case 'too-long':
      return t(`meeting:notices.${notice.code}`, { field: printable(notice.field, { singleLine: true }) });
  }
}

/** Why a workshop file was refused, in one sentence. */
export const workshopProblemText = (problem: WorkshopProblem, t: TFunction): string =>
  t(
    `meeting:problems.${problem.code}`,
    'field' in problem ? { field: printable(problem.field, { singleLine: true }) } : {},
  );
