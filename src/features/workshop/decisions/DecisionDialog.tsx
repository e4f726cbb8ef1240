import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scaleOptions } from '../../../../questions';
import { maxDecisionNote, type Decision, type DecisionAnswer } from '../../../../questions/decisions';

/**
 * Records what the group decided on one question, from the deck or the page: the answer it agreed on, that it stays
 * in disagreement, or nothing yet, and a note of why. A decision with neither answer nor note is removed.
 */
export function DecisionDialog({
  questionId,
  decision,
  onSave,
  onClose,
}: {
  questionId: string;
  decision: Decision | undefined;
  onSave: (decision: Decision | undefined) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [answer, setAnswer] = useState<DecisionAnswer | ''>(decision?.answer ?? '');
  const [note, setNote] = useState(decision?.note ?? '');
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);
  const save = (event: FormEvent) => {
    event.preventDefault();
    const kept: Decision = { ...(answer ? { answer } : {}), ...(note.trim() ? { note: note.trim() } : {}) };
    onSave(kept.answer === undefined && kept.note === undefined ? undefined : kept);
    onClose();
  };
  const options: { value: DecisionAnswer | ''; label: string }[] = [
    ...scaleOptions.map((option) => ({ value: option, label: t(`bank:options.${option}`) })),
    { value: 'disagree', label: t('meeting:decisions.disagree') },
    { value: '', label: t('meeting:decisions.none') },
  ];
  return (
    <dialog
      ref={dialog}
      className="parat-dialog parat-decision-dialog"
      aria-labelledby="decision-heading"
      // The deck's keys are for slides: here they type and pick.
      onKeyDown={(event) => event.stopPropagation()}
      onCancel={(event) => {
        event.preventDefault();
        // Escape closes this dialog only, never the presentation it opened over.
        event.stopPropagation();
        onClose();
      }}
    >
      <h2 id="decision-heading">{t('meeting:decisions.heading')}</h2>
      <p>{t(`questions:${questionId}.text`)}</p>
      <form onSubmit={save} noValidate>
        <fieldset className="form-group">
          <legend className="form-label">{t('meeting:decisions.legend')}</legend>
          {options.map((option) => (
            <div className="form-group-radio" key={option.value || 'none'}>
              <input
                className="form-radio"
                type="radio"
                name="decision-answer"
                id={`decision-${option.value || 'none'}`}
                value={option.value}
                checked={answer === option.value}
                onChange={() => setAnswer(option.value)}
              />
              <label htmlFor={`decision-${option.value || 'none'}`}>{option.label}</label>
            </div>
          ))}
        </fieldset>
        <div className="form-group">
          <label className="form-label" htmlFor="decision-note">
            {t('meeting:decisions.note')}
          </label>
          <textarea
            className="form-input"
            id="decision-note"
            rows={3}
            maxLength={maxDecisionNote}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        <div className="parat-actions">
          <button type="submit" className="button button-primary">
            {t('meeting:decisions.save')}
          </button>
          <button type="button" className="button button-tertiary" onClick={onClose}>
            {t('meeting:decisions.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
