import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { datedName, downloadText } from '../../../state/download';
import type { LoadedParticipants } from '../../../state/workshop-participants';
import { IntakeProgress } from '../intake/IntakeProgress';

/**
 * What became of the participants saved in this browser: read back (with progress while there are many), partly
 * or not at all readable (offered as a file, or to discard), saved by a newer Parat, or not kept at all.
 */
export function SavedNotices({
  unreadable,
  newer,
  kept,
  restoring,
  discard,
}: Pick<LoadedParticipants, 'unreadable' | 'newer'> & {
  kept: boolean;
  restoring: { done: number; total: number } | undefined;
  discard: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {restoring && (
        <IntakeProgress id="workshop-restoring" label={t('workshop:intake.restored', restoring)} progress={restoring} />
      )}
      <p role="status" className="parat-intake-status">
        {restoring ? t('workshop:intake.restoring') : ''}
      </p>
      {unreadable && (
        <Alert kind="warning" heading={newer ? t('workshop:newerHeading') : t('workshop:droppedHeading')} role="alert">
          <p>
            {newer
              ? t('workshop:newer')
              : unreadable.dropped === undefined
                ? t('workshop:droppedAll')
                : t('workshop:dropped', { count: unreadable.dropped })}
          </p>
          <div className="parat-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                downloadText(
                  datedName(t('files.savedParticipantsStem'), 'txt', new Date().toISOString()),
                  unreadable.raw,
                  'text/plain',
                )
              }
            >
              {t('storage.downloadRaw')}
            </button>
            {!newer && (
              <button type="button" className="button button-tertiary" onClick={discard}>
                {t('storage.discard')}
              </button>
            )}
          </div>
        </Alert>
      )}
      {!kept && !newer && (
        <Alert kind="warning" heading={t('workshop:notKeptHeading')} role="alert">
          <p>{t('workshop:notKept')}</p>
        </Alert>
      )}
    </>
  );
}
