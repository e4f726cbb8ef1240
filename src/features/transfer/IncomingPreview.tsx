import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format/locale';
import { planNoticeText } from '../../format/plan-text';
import { approvalText, documentedText, recordNoticeGroups } from '../../format/records-text';
import { bank } from '../../../questions';
import { bankVersion } from '../../../questions/version';
import { Alert } from '../../components/Alert';
import { DownloadAnswersButton } from '../../components/DownloadAnswersButton';
import type { Incoming } from './incoming';

/**
 * What an imported file or share link holds, shown before anything is replaced: organisation, date and how many
 * answers; or, for a refused one, why, and that nothing of the user's has changed.
 */
export function IncomingPreview({
  incoming,
  source,
  onConfirm,
  onCancel,
}: {
  incoming: Incoming;
  source: 'file' | 'link';
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  if (!incoming.ok) return <RefusedAlert problem={incoming.problem} source={source} />;
  const { preview } = incoming;
  const saved = preview.savedAt ? formatDate(preview.savedAt, i18n.language, true) : undefined;
  return (
    <section className="alert alert-warning" aria-labelledby="incoming-heading">
      <div className="alert-body">
        <h2 className="alert-heading" id="incoming-heading" tabIndex={-1}>
          {t('transfer.previewHeading')}
        </h2>
        <ul>
          <li>
            {preview.organisation
              ? t('transfer.previewOrganisation', { name: preview.organisation })
              : t('transfer.previewUnnamed')}
          </li>
          {saved && <li>{t('transfer.previewSaved', { date: saved })}</li>}
          <li>
            {t('transfer.previewCounts', {
              answers: preview.answers,
              notes: t('transfer.previewNotes', { count: preview.notes }),
            })}
          </li>
          {preview.actions > 0 && <li>{t('plan:previewActions', { count: preview.actions })}</li>}
          {incoming.file.approval?.name && (
            <li>{approvalText(incoming.file.approval, incoming.file.answers, t, i18n.language).line}</li>
          )}
          {incoming.file.evidence && <li>{documentedText(bank, incoming.file.answers, incoming.file.evidence, t)}</li>}
          {preview.migratedFrom !== undefined && (
            <li>{t('transfer.previewMigrated', { from: preview.migratedFrom, to: bankVersion })}</li>
          )}
          {preview.repaired && (
            <li>
              {t('transfer.previewRepaired', {
                count: preview.repaired.length,
                list: preview.repaired.map((id) => `»${t(`questions:${id}.short`)}«`).join(', '),
              })}
            </li>
          )}
          {preview.reworded && preview.reworded.length > 0 && (
            <li>
              {t('transfer.previewReworded', {
                count: preview.reworded.length,
                list: preview.reworded.map((id) => `»${t(`questions:${id}.short`)}«`).join(', '),
              })}
            </li>
          )}
        </ul>
        {preview.planNotices && (
          <>
            <p>{t('plan:notices.heading')}</p>
            <ul>
              {preview.planNotices.map((notice, i) => (
                <li key={i}>{planNoticeText(notice, incoming.file.plan ?? {}, t)}</li>
              ))}
            </ul>
          </>
        )}
        {recordNoticeGroups(preview.recordNotices ?? [], t).map((group) => (
          <div key={group.heading}>
            <p>{group.heading}</p>
            <ul>
              {group.lines.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </div>
        ))}
        <p>{t('transfer.previewWarning')}</p>
        <div className="parat-actions">
          <button type="button" className="button button-primary" onClick={onConfirm}>
            {t('transfer.confirm')}
          </button>
          <DownloadAnswersButton />
          <button type="button" className="button button-tertiary" onClick={onCancel}>
            {t('transfer.cancel')}
          </button>
        </div>
      </div>
    </section>
  );
}

/** Why a file or link was refused, in one sentence in the user's language. */
export function refusalText(problem: Extract<Incoming, { ok: false }>['problem'], t: TFunction): string {
  const { code, ...details } = problem;
  return t(`app:transfer.problems.${code}`, {
    ...details,
    current: bankVersion,
    ids: 'ids' in details ? details.ids.slice(0, 5).join(', ') : undefined,
    question: 'id' in details ? t(`questions:${details.id}.short`, { defaultValue: details.id }) : undefined,
  });
}

/** Why a file or link was refused, in the user's language, and that nothing of theirs has changed. */
export function RefusedAlert({
  problem,
  source,
}: {
  problem: Extract<Incoming, { ok: false }>['problem'];
  source: 'file' | 'link';
}) {
  const { t } = useTranslation();
  const message = refusalText(problem, t);
  return (
    <Alert
      kind="error"
      heading={source === 'file' ? t('transfer.refusedFile') : t('transfer.refusedLink')}
      role="alert"
    >
      <p>{message}</p>
      <p>{t('transfer.unchanged')}</p>
    </Alert>
  );
}
