import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../state/context';
import { DownloadAnswersButton } from './DownloadAnswersButton';

/** "Start forfra": asks first, and offers to download the answers before they are deleted. */
export function RestartDialog({ onRestarted }: { onRestarted: () => void }) {
  const { t } = useTranslation();
  const store = useStore();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => dialog.current?.showModal()}>
        {t('restart.open')}
      </button>
      <dialog ref={dialog} className="parat-dialog" aria-labelledby="restart-heading">
        <h2 id="restart-heading">{t('restart.heading')}</h2>
        <p>{t('restart.text')}</p>
        <div className="parat-actions">
          <DownloadAnswersButton />
          <button
            type="button"
            className="button button-warning"
            onClick={() => {
              store.reset();
              dialog.current?.close();
              onRestarted();
            }}
          >
            {t('restart.confirm')}
          </button>
          <button type="button" className="button button-tertiary" onClick={() => dialog.current?.close()}>
            {t('restart.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
