import type { TFunction } from 'i18next';
import { bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { assess } from '../../scoring';
import { planRows } from '../format/plan-text';
import { planIcs } from '../format/plan-tools';
import { approvalText, documentedText } from '../format/records-text';
import { appVersion } from '../version';

/**
 * The calendar `--ics` writes: the open actions with a deadline of one file's plan. A plan without an open deadline
 * gives no calendar (one must hold an event), and is refused with a sentence.
 */
export function calendarFile(
  file: AnswersFile,
  target: string,
  t: TFunction,
  language: string,
): { text: string; count: number } | { error: string } {
  const rows = planRows(file.plan ?? {}, t, language, assess(bank, file.answers).scores, file.targets ?? {});
  const organisation = file.answers['organisation-name'] ?? '';
  return (
    planIcs(rows, t, organisation, new Date(), appVersion) ?? { error: t('cli:argument.icsEmpty', { file: target }) }
  );
}

/** The approval and how much of the answers is documented, as lines under the summary's title. */
export function recordsLines(file: AnswersFile, t: TFunction, language: string): string[] {
  const approval = approvalText(file.approval, file.answers, t, language);
  return [
    t('records:approval.heading'),
    `  ${approval.line}`,
    ...(approval.reservations ? [`  ${approval.reservations}`] : []),
    ...(approval.stale ? [`  ${approval.stale.mark}. ${approval.stale.action}`] : []),
    `  ${documentedText(bank, file.answers, file.evidence, t)}`,
    '',
  ];
}
