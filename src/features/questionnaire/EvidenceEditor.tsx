import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { linkOf } from '../../../questions/documentation';
import type { EvidenceRef } from '../../../questions/evidence';
import { evidenceLimits } from '../../../questions/record-limits';
import { evidenceRefText } from '../../format/records-text';
import { useAssessment, useStore } from '../../state/context';

/**
 * The references that document one answer, beside its note: each a link, a journal number or a document title,
 * with the document's date and who holds it. Saved as they are added or removed; outside the step's form checks,
 * as a reference is never required. Only an http: or https: reference is a link, and it opens nothing by itself.
 */
export function EvidenceEditor({ questionId }: { questionId: string }) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const refs = useAssessment().evidence[questionId] ?? [];
  const [open, setOpen] = useState(refs.length > 0);
  const [draft, setDraft] = useState<EvidenceRef>({ ref: '' });
  const [missing, setMissing] = useState(false);
  const id = (part: string) => `q-${questionId}-evidence-${part}`;
  const focusRef = () => document.getElementById(id('ref'))?.focus();
  const question = t(`questions:${questionId}.short`);
  const full = refs.length >= evidenceLimits.perQuestion;

  const add = () => {
    const ref = draft.ref.trim();
    if (ref === '') {
      setMissing(true);
      focusRef();
      return;
    }
    const owner = draft.owner?.trim();
    store.setEvidence(questionId, [
      ...refs,
      { ref, ...(draft.date ? { date: draft.date } : {}), ...(owner ? { owner } : {}) },
    ]);
    setDraft({ ref: '' });
    setMissing(false);
    focusRef();
  };
  // Enter in a field adds the reference; it must not send the step's form and leave the page.
  const onEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };
  const field = (name: 'date' | 'owner') => ({
    id: id(name),
    value: draft[name] ?? '',
    onKeyDown: onEnter,
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
  });

  return (
    <details className="parat-evidence" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {refs.length > 0 ? t('records:evidence.toggleCount', { count: refs.length }) : t('records:evidence.toggle')}
      </summary>
      <p className="form-hint">{t('records:evidence.lead')}</p>
      {refs.length > 0 && (
        <ul className="parat-evidence-list" aria-label={t('records:evidence.list', { question })}>
          {refs.map((ref, index) => (
            <li key={`${index}-${ref.ref}`}>
              <EvidenceItem reference={ref} text={evidenceRefText(ref, t, i18n.language)} />{' '}
              <button
                type="button"
                className="button button-tertiary parat-inline-button"
                aria-label={t('records:evidence.removeLabel', { ref: ref.ref })}
                onClick={() => {
                  store.setEvidence(
                    questionId,
                    refs.filter((_, i) => i !== index),
                  );
                  focusRef();
                }}
              >
                {t('records:evidence.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {full ? (
        <p>{t('records:evidence.full', { limit: evidenceLimits.perQuestion })}</p>
      ) : (
        <div className="parat-evidence-add">
          <div className={`form-group${missing ? ' form-error' : ''}`}>
            <label className="form-label" htmlFor={id('ref')}>
              {t('records:evidence.ref')}
            </label>
            {missing && (
              <span className="form-error-message" id={id('ref-error')}>
                <span className="sr-only">{t('errors.prefix')}</span>
                {t('records:evidence.refMissing')}
              </span>
            )}
            <input
              className="form-input parat-wide"
              id={id('ref')}
              value={draft.ref}
              maxLength={evidenceLimits.ref}
              aria-invalid={missing || undefined}
              aria-describedby={missing ? id('ref-error') : undefined}
              onKeyDown={onEnter}
              onChange={(event) => setDraft({ ...draft, ref: event.target.value })}
            />
          </div>
          <div className="parat-action-fields">
            <div className="form-group">
              <label className="form-label" htmlFor={id('date')}>
                {t('records:evidence.date')}
              </label>
              <input className="form-input input-width-s" type="date" {...field('date')} />
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor={id('owner')}>
                {t('records:evidence.owner')}
              </label>
              <input className="form-input" maxLength={evidenceLimits.owner} {...field('owner')} />
            </div>
          </div>
          <button type="button" className="button button-secondary" onClick={add}>
            {t('records:evidence.add')}
          </button>
        </div>
      )}
    </details>
  );
}

/** A reference as text, with its reference a link only when it is a whole http: or https: address. */
function EvidenceItem({ reference, text }: { reference: EvidenceRef; text: string }) {
  const link = linkOf(reference.ref);
  if (!link) return <span className="parat-evidence-ref">{text}</span>;
  return (
    <span className="parat-evidence-ref">
      <a href={link} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer">
        {reference.ref}
      </a>
      {text.slice(reference.ref.length)}
    </span>
  );
}
