import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryError {
  /** Id of the element the link moves focus to. */
  target: string;
  message: string;
}

/**
 * DKFDS error summary: above the heading, shown even for one error, each link worded as the field's own message;
 * following a link moves focus to the field.
 */
export function ErrorSummary({ errors, ref }: { errors: SummaryError[]; ref: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-error" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-heading">
      <div className="alert-body">
        <h2 className="alert-heading" id="error-summary-heading">
          {t('errors.summaryHeading', { count: errors.length })}
        </h2>
        <ul className="nobullet-list">
          {errors.map((error) => (
            <li key={error.target}>
              <a
                href={`#${error.target}`}
                onClick={(event) => {
                  event.preventDefault();
                  const field = document.getElementById(error.target);
                  field?.closest('fieldset, .form-group')?.scrollIntoView({ block: 'start' });
                  field?.focus({ preventScroll: true });
                }}
              >
                {error.message}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
