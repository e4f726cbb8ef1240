import { useTranslation } from 'react-i18next';
import { useAssessment, useStore } from '../state/context';
import { datedName, downloadText } from '../state/download';
import { Alert } from './Alert';
import { DownloadAnswersButton } from './DownloadAnswersButton';

/**
 * Tells the user when the browser will not keep their work, or held data this version cannot take over, and offers
 * it as files so nothing is lost: the answers that can be read as a file the import accepts, and the data as it is.
 */
export function StorageNotices() {
  const { t } = useTranslation();
  const store = useStore();
  const { recovered, storage } = useAssessment();
  const today = new Date().toISOString();
  const salvage = recovered?.salvage;
  return (
    <>
      {recovered && (
        <Alert
          kind="warning"
          heading={recovered.kind === 'newer' ? t('storage.newerHeading') : t('storage.unreadableHeading')}
          role="alert"
        >
          <p>{recovered.kind === 'newer' ? t('storage.newerText') : t('storage.unreadableText')}</p>
          {salvage && (
            <p>
              {t('storage.salvageText', { count: salvage.entries })}
              {!salvage.complete && ` ${t('storage.salvagePartial')}`}
            </p>
          )}
          <div className="parat-actions">
            {salvage && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() =>
                  downloadText(
                    datedName(t('files.recoveredStem'), 'json', today),
                    JSON.stringify(salvage.file, null, 2),
                    'application/json',
                  )
                }
              >
                {t('storage.downloadSalvage')}
              </button>
            )}
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                downloadText(datedName(t('files.savedDataStem'), 'txt', today), recovered.raw, 'text/plain')
              }
            >
              {t('storage.downloadRaw')}
            </button>
            {recovered.kind === 'newer' && <DownloadAnswersButton />}
            <button type="button" className="button button-tertiary" onClick={() => store.dismissRecovered()}>
              {recovered.kind === 'newer' ? t('storage.dismiss') : t('storage.discard')}
            </button>
          </div>
        </Alert>
      )}
      {storage === 'failed' && (
        <Alert kind="warning" heading={t('storage.failedHeading')} role="alert">
          <p>{t('storage.failedText')}</p>
          <DownloadAnswersButton />
        </Alert>
      )}
    </>
  );
}
