import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** One DKFDS form group: the label, an optional hint and error message above the field, and the field. */
export function Field({
  id,
  label,
  hint,
  error = '',
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className={`form-group${error ? ' form-error' : ''}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="form-error-message" id={`${id}-error`}>
          <span className="sr-only">{t('errors.prefix')}</span>
          {error}
        </span>
      )}
      {children}
    </div>
  );
}
