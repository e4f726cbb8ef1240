import type { TFunction } from 'i18next';
import type { Bank } from '../../questions';
import type { Approval } from '../../questions/approval';
import { approvalStatus } from '../../questions/documentation';
import { documented } from '../../scoring';
import type { Evidence, EvidenceRef } from '../../questions/evidence';
import { evidenceLimits } from '../../questions/record-limits';
import type { RecordNotice } from '../../questions/record-text';
import { formatDate } from './locale';

/** Most notices listed one by one; a hostile file can hold thousands, and the rest are counted. */
const listedNotices = 20;

const dateText = (date: string, language: string) => formatDate(`${date}T12:00:00Z`, language) ?? date;

/**
 * The approval in words, as the plan page, the PDF, the Word document and the command line show it: who approved
 * and when, the reservations, and whether it was given before the answers last changed.
 */
export function approvalText(
  approval: Readonly<Approval> | undefined,
  answers: Readonly<Record<string, string>>,
  t: TFunction,
  language: string,
): {
  status: 'none' | 'given' | 'stale';
  line: string;
  reservations?: string;
  stale?: { mark: string; action: string };
} {
  const status = approvalStatus(approval, answers);
  if (!approval?.name || status === 'none') return { status, line: t('records:approval.none') };
  const approver = approval.role
    ? t('records:approval.approver', { name: approval.name, role: approval.role })
    : approval.name;
  return {
    status,
    line: approval.date
      ? t('records:approval.given', { approver, date: dateText(approval.date, language) })
      : t('records:approval.givenUndated', { approver }),
    ...(approval.reservations
      ? { reservations: t('records:approval.reservationsLine', { reservations: approval.reservations }) }
      : {}),
    ...(status === 'stale'
      ? { stale: { mark: t('records:approval.stale'), action: t('records:approval.staleAction') } }
      : {}),
  };
}

/** One reference in words: the reference, then its date and who holds it when known. */
export function evidenceRefText(ref: EvidenceRef, t: TFunction, language: string): string {
  return [
    ref.ref,
    ...(ref.date ? [t('records:evidence.dated', { date: dateText(ref.date, language) })] : []),
    ...(ref.owner ? [t('records:evidence.keptBy', { owner: ref.owner })] : []),
  ].join(' · ');
}

/** "12 af de 87 svar med en grad er dokumenteret med en henvisning.", as the report's key messages say it. */
export function documentedText(
  bank: Bank,
  answers: Readonly<Record<string, string>>,
  evidence: Readonly<Evidence> | undefined,
  t: TFunction,
): string {
  const { documented: count, answered } = documented(bank, answers, evidence);
  return t('report:decision.evidence', { count, answered });
}

/** What reading the approval or evidence of a file changed, in a sentence naming the question. */
export function recordNoticeText(notice: RecordNotice, t: TFunction): string {
  const part = notice.code === 'unreadable' ? notice.part : 'question' in notice ? 'evidence' : 'approval';
  const question =
    'question' in notice && notice.question !== undefined
      ? t(`questions:${notice.question}.short`, { defaultValue: notice.question })
      : undefined;
  const field =
    'field' in notice && notice.code !== 'unknown-field'
      ? t(`records:notices.fields.${notice.field}`, { defaultValue: notice.field })
      : 'field' in notice
        ? notice.field
        : undefined;
  const { code, ...details } = notice;
  return t(`records:notices.${part}.${code}`, { ...details, question, field, limit: evidenceLimits.perQuestion });
}

/**
 * The notices of one part, each a sentence, under its heading: at most twenty listed, the rest counted in a last line.
 */
export function recordNoticeGroups(notices: readonly RecordNotice[], t: TFunction) {
  const isApproval = (n: RecordNotice) => (n.code === 'unreadable' ? n.part === 'approval' : !('question' in n));
  return (['approval', 'evidence'] as const)
    .map((part) => {
      const own = notices.filter((n) => isApproval(n) === (part === 'approval'));
      const more = own.length - listedNotices;
      return {
        heading: t(`records:notices.${part}Heading`),
        lines: [
          ...own.slice(0, listedNotices).map((n) => recordNoticeText(n, t)),
          ...(more > 0 ? [t('records:notices.more', { count: more })] : []),
        ],
      };
    })
    .filter((group) => group.lines.length > 0);
}
