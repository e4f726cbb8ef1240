import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Asks before a finished assessment is deleted from this browser, and says how to keep it first. Opens on Fortryd. */
export function DeleteDialog({
  target,
  onConfirm,
  onClose,
}: {
  target?: { name: string; date: string };
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (target && !dialog.current?.open) {
      dialog.current?.showModal();
      // The safe choice first: Enter or a space on opening must not delete.
      cancel.current?.focus();
    }
    if (!target && dialog.current?.open) dialog.current.close();
  }, [target]);
  return (
    <dialog ref={dialog} className="parat-dialog" aria-labelledby="delete-heading" onClose={onClose}>
      <h2 id="delete-heading">{t('series:assessments.deleteHeading', { date: target?.date ?? '' })}</h2>
      <p>{t('series:assessments.deleteText', { name: target?.name ?? '', date: target?.date ?? '' })}</p>
      <div className="parat-actions">
        <button type="button" className="button button-warning" onClick={onConfirm}>
          {t('series:assessments.deleteConfirm')}
        </button>
        <button ref={cancel} type="button" className="button button-tertiary" onClick={() => dialog.current?.close()}>
          {t('series:assessments.cancel')}
        </button>
      </div>
    </dialog>
  );
}
