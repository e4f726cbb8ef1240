import { useTranslation } from 'react-i18next';
import { useAssessment, useStore } from '../state/context';
import { datedName, downloadText } from '../state/download';
import { Alert } from './Alert';
import { DownloadAnswersButton } from './DownloadAnswersButton';

/** Tells the user when the browser will not keep their work, and offers it as a file so nothing is lost. */
export function StorageNotices() {
  const { t } = useTranslation();
  const store = useStore();
  const state = useAssessment();
  const today = new Date().toISOString();
  return (
    <>
      {state.unreadable !== undefined && (
        <Alert kind="warning" heading={t('storage.unreadableHeading')} role="alert">
          <p>{t('storage.unreadableText')}</p>
          <div className="parat-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                downloadText(datedName(t('files.savedDataStem'), 'txt', today), state.unreadable ?? '', 'text/plain')
              }
            >
              {t('storage.downloadRaw')}
            </button>
            <button type="button" className="button button-tertiary" onClick={() => store.dismissUnreadable()}>
              {t('storage.dismiss')}
            </button>
          </div>
        </Alert>
      )}
      {state.storage === 'failed' && (
        <Alert kind="warning" heading={t('storage.failedHeading')} role="alert">
          <p>{t('storage.failedText')}</p>
          <DownloadAnswersButton />
        </Alert>
      )}
    </>
  );
}
