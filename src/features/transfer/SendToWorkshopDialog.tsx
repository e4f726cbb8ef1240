import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../plan/Field';
import { DownloadAnswersButton } from '../../components/DownloadAnswersButton';
import { useStore } from '../../state/context';
import { answersQr, type QrDrawing } from './qr';
import { LinkField } from './LinkField';
import { QrCode } from './QrCode';
import { maxShareLinkLength, shareFragment } from './share-link';

// As long as the profile's »Navn eller rolle« allows.
const respondentLength = 120;

/**
 * A participant's answers on their way to a workshop without a file: first who is sending (a name or a role, kept as
 * the profile's »Navn eller rolle«, so the workshop can tell participants apart), then a QR code the consultant scans
 * off this screen and a link to paste into a chat. Both are made here; nothing is sent.
 */
export function SendToWorkshopDialog({ className = 'button button-secondary' }: { className?: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const [who, setWho] = useState('');
  const [making, setMaking] = useState(false);
  const [made, setMade] = useState<{ qr?: QrDrawing; link?: string; notes: number; failed?: true }>();
  const [copied, setCopied] = useState(false);

  const open = () => {
    setMade(undefined);
    setMaking(false);
    setCopied(false);
    setWho(store.getState().answers.respondent ?? '');
    dialog.current?.showModal();
  };
  const make = async (event: FormEvent) => {
    event.preventDefault();
    setMaking(true);
    store.setAnswer('respondent', who.trim());
    const file = store.toFile();
    const notes = Object.values(file.notes ?? {}).filter((note) => note.trim() !== '').length;
    try {
      const link = (window.location.href.split('#')[0] ?? '') + (await shareFragment(file));
      const qr = await answersQr(file);
      setMade({ ...(qr ? { qr } : {}), ...(link.length <= maxShareLinkLength ? { link } : {}), notes });
    } catch {
      // A browser without compression streams, or a chunk that would not load offline: the dialog must not wait
      // for ever, and the file still carries the answers.
      setMade({ notes, failed: true });
    }
  };
  const copy = async () => {
    if (!made?.link) return;
    await navigator.clipboard.writeText(made.link);
    setCopied(true);
  };

  return (
    <>
      <button type="button" className={className} onClick={open}>
        {t('workshop:send.open')}
      </button>
      <dialog ref={dialog} className="parat-dialog" aria-labelledby="send-workshop-heading">
        <h2 id="send-workshop-heading">{t('workshop:send.heading')}</h2>
        <p>{t('transfer.shareWarning')}</p>
        {!made && (
          <form onSubmit={(event) => void make(event)} noValidate>
            <Field id="send-workshop-who" label={t('meeting:send.who')} hint={t('meeting:send.whoHint')}>
              <input
                className="form-input"
                id="send-workshop-who"
                maxLength={respondentLength}
                aria-describedby="send-workshop-who-hint"
                value={who}
                onChange={(event) => setWho(event.target.value)}
              />
            </Field>
            <div className="parat-actions">
              <button type="submit" className="button button-primary" disabled={making}>
                {t('meeting:send.make')}
              </button>
            </div>
          </form>
        )}
        {made && !made.failed && (
          <>
            {made.qr ? (
              <>
                <p>{t('workshop:send.qrLead')}</p>
                <QrCode drawing={made.qr} label={t('workshop:send.qrLabel')} />
                {made.notes > 0 && !made.qr.withNotes && (
                  <p>{t('workshop:send.notesLeftOut', { count: made.notes })}</p>
                )}
              </>
            ) : (
              <p>{t('workshop:send.noQr')}</p>
            )}
            {made.link ? (
              <LinkField id="send-workshop-link" label={t('workshop:send.linkLabel')} link={made.link} />
            ) : (
              <p>{t('workshop:send.noLink')}</p>
            )}
          </>
        )}
        <p role="status">
          {copied
            ? t('transfer.shareCopied')
            : made?.failed
              ? t('workshop:send.failed')
              : making && !made
                ? t('workshop:send.making')
                : ''}
        </p>
        <div className="parat-actions">
          {made?.link && (
            <button type="button" className="button button-primary" onClick={() => void copy()}>
              {t('transfer.shareCopy')}
            </button>
          )}
          <DownloadAnswersButton className="button button-secondary" />
          <button type="button" className="button button-tertiary" onClick={() => dialog.current?.close()}>
            {t('transfer.shareClose')}
          </button>
        </div>
      </dialog>
    </>
  );
}
