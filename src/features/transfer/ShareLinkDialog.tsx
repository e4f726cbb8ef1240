import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/locale';
import { useStore } from '../../state/context';
import { Alert } from '../../components/Alert';
import { DownloadAnswersButton } from '../../components/DownloadAnswersButton';
import { LinkField } from './LinkField';
import { maxShareLinkLength, shareFragment } from './share-link';

/** Makes a link that holds the answers, after saying that anyone with the link can read them. */
export function ShareLinkDialog() {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const [link, setLink] = useState('');
  const [tooLong, setTooLong] = useState<number>();
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);

  const create = async () => {
    const base = window.location.href.split('#')[0] ?? '';
    let made;
    try {
      made = base + (await shareFragment(store.toFile()));
    } catch {
      // A browser without compression streams: the file still carries the answers.
      setFailed(true);
      return;
    }
    if (made.length > maxShareLinkLength) setTooLong(made.length);
    else setLink(made);
  };
  const copy = async () => {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  };

  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          setLink('');
          setTooLong(undefined);
          setCopied(false);
          setFailed(false);
          dialog.current?.showModal();
        }}
      >
        {t('transfer.shareOpen')}
      </button>
      <dialog ref={dialog} className="parat-dialog" aria-labelledby="share-heading">
        <h2 id="share-heading">{t('transfer.shareDialogHeading')}</h2>
        <p>{t('transfer.shareWarning')}</p>
        {link ? <LinkField id="share-link" label={t('transfer.shareLabel')} link={link} /> : null}
        {tooLong !== undefined && (
          <Alert kind="warning" heading={t('transfer.shareTooLongHeading')} role="alert">
            <p>
              {t('transfer.shareTooLong', {
                length: formatNumber(tooLong, i18n.language),
                limit: formatNumber(maxShareLinkLength, i18n.language),
              })}
            </p>
            <DownloadAnswersButton />
          </Alert>
        )}
        {failed && (
          <Alert kind="warning" heading={t('transfer.shareFailedHeading')} role="alert">
            <p>{t('transfer.shareFailed')}</p>
            <DownloadAnswersButton />
          </Alert>
        )}
        <p role="status">{copied ? t('transfer.shareCopied') : ''}</p>
        <div className="parat-actions">
          {tooLong !== undefined || failed ? null : link ? (
            <button type="button" className="button button-primary" onClick={() => void copy()}>
              {t('transfer.shareCopy')}
            </button>
          ) : (
            <button type="button" className="button button-primary" onClick={() => void create()}>
              {t('transfer.shareCreate')}
            </button>
          )}
          <button type="button" className="button button-tertiary" onClick={() => dialog.current?.close()}>
            {t('transfer.shareClose')}
          </button>
        </div>
      </dialog>
    </>
  );
}
