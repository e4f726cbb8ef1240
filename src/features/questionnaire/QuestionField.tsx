import { useState, type ClipboardEvent, type FormEvent } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/locale';
import { maxNoteLength } from '../../../questions/answers';
import { optionsOf, type Question } from '../../../questions';
import { EvidenceEditor } from './EvidenceEditor';

export type StepValues = { answers: Record<string, string | undefined>; notes: Record<string, string | undefined> };

/** Id of the first input of a question: where the error summary and "change" links move focus. */
export const fieldId = (question: Question) =>
  question.type === 'text' ? `q-${question.id}` : `q-${question.id}-${optionsOf(question)[0]}`;

/**
 * One question in DKFDS form markup: a fieldset with the question as legend and vertical radio buttons with
 * nothing pre-selected, or a text field; its specific error message above the field; an optional note and the
 * references that document the answer.
 */
export function QuestionField({
  question,
  number,
  error,
  noteError,
  hasNote,
  withNote,
  cue,
  register,
}: {
  question: Question;
  number: number;
  error?: string;
  noteError?: string;
  hasNote: boolean;
  withNote: boolean;
  /** A line above the question where its scale reads the other way round from its neighbours. */
  cue?: string;
  register: (name: `answers.${string}` | `notes.${string}`) => UseFormRegisterReturn;
}) {
  const { t, i18n } = useTranslation();
  const hintKey = `questions:${question.id}.hint`;
  const updateKey = `questions:${question.id}.update`;
  // A dated fact from after the reports, labelled as Parat's addition so it is never taken for the report's words.
  const hint =
    [
      i18n.exists(hintKey) ? t(hintKey) : undefined,
      i18n.exists(updateKey) ? `${t('results.recommendation.update')} ${t(updateKey)}` : undefined,
    ]
      .filter(Boolean)
      .join(' ') || undefined;
  const ids = {
    cue: `q-${question.id}-cue`,
    hint: `q-${question.id}-hint`,
    error: `q-${question.id}-error`,
    note: `q-${question.id}-note`,
  };
  const describedBy = [cue && ids.cue, hint && ids.hint, error && ids.error].filter(Boolean).join(' ') || undefined;
  const text = t(`questions:${question.id}.text`);
  // Open once the user opens it or a note exists, and kept open while the note is emptied and retyped: closing it
  // then would take the focus with it, and the next keystrokes would go nowhere.
  const [noteOpen, setNoteOpen] = useState(hasNote);
  const [noteLimit, setNoteLimit] = useState<{ cut: number } | 'reached' | undefined>();
  const limit = formatNumber(maxNoteLength, i18n.language);
  // The browser cuts a paste at the note's length without a word: say how much was left out.
  const onNotePaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const area = event.currentTarget;
    const room = maxNoteLength - area.value.length + (area.selectionEnd - area.selectionStart);
    const pasted = event.clipboardData.getData('text').replace(/\r\n/g, '\n').length;
    if (pasted > room) setNoteLimit({ cut: pasted - room });
  };
  const onNoteInput = (event: FormEvent<HTMLTextAreaElement>) => {
    const full = event.currentTarget.value.length >= maxNoteLength;
    setNoteLimit((current) => (full ? (current ?? 'reached') : undefined));
  };

  const errorMessage = error && (
    <span className="form-error-message" id={ids.error}>
      <span className="sr-only">{t('errors.prefix')}</span>
      {error}
    </span>
  );

  return (
    <div className={`form-group parat-question${error ? ' form-error' : ''}`} id={`question-${question.id}`}>
      {cue && (
        <p className="parat-reversed" id={ids.cue}>
          {cue}
        </p>
      )}
      {question.type === 'text' ? (
        <>
          <label className="form-label" htmlFor={fieldId(question)}>
            {text}
          </label>
          {hint && (
            <span className="form-hint" id={ids.hint}>
              {hint}
            </span>
          )}
          {errorMessage}
          <input
            className="form-input"
            id={fieldId(question)}
            type="text"
            autoComplete="organization"
            maxLength={question.maxLength}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            {...register(`answers.${question.id}`)}
          />
        </>
      ) : (
        <fieldset aria-describedby={describedBy}>
          <legend className="form-label">
            <span className="parat-question-number">{t('question.number', { number })}</span> {text}
          </legend>
          {hint && (
            <span className="form-hint" id={ids.hint}>
              {hint}
            </span>
          )}
          {errorMessage}
          <ul className="nobullet-list parat-options">
            {optionsOf(question).map((option) => (
              <li className="form-group-radio" key={option}>
                <input
                  className="form-radio"
                  type="radio"
                  id={`q-${question.id}-${option}`}
                  value={option}
                  {...register(`answers.${question.id}`)}
                />
                <label htmlFor={`q-${question.id}-${option}`}>{t(`bank:options.${option}`)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {withNote && (
        <details
          className="parat-note"
          open={noteOpen || Boolean(noteError)}
          onToggle={(event) => setNoteOpen(event.currentTarget.open)}
        >
          <summary>{t('question.noteToggle')}</summary>
          <div className={noteError ? 'form-error' : undefined}>
            <label className="form-label" htmlFor={ids.note}>
              {t('question.noteLabel', { question: t(`questions:${question.id}.short`) })}
            </label>
            <span className="form-hint" id={`${ids.note}-hint`}>
              {t('question.noteHint')}
            </span>
            {noteError && (
              <span className="form-error-message" id={`${ids.note}-error`}>
                <span className="sr-only">{t('errors.prefix')}</span>
                {noteError}
              </span>
            )}
            <textarea
              className="form-input"
              id={ids.note}
              rows={3}
              maxLength={maxNoteLength}
              aria-describedby={`${ids.note}-hint${noteError ? ` ${ids.note}-error` : ''} ${ids.note}-limit`}
              onPaste={onNotePaste}
              onInput={onNoteInput}
              {...register(`notes.${question.id}`)}
            />
            <span className="parat-note-limit" id={`${ids.note}-limit`} role="status">
              {noteLimit === 'reached'
                ? t('question.noteLimitReached', { limit })
                : noteLimit
                  ? t('question.noteCut', {
                      limit,
                      count: noteLimit.cut,
                      cut: formatNumber(noteLimit.cut, i18n.language),
                    })
                  : ''}
            </span>
          </div>
        </details>
      )}
      {withNote && <EvidenceEditor questionId={question.id} />}
    </div>
  );
}
