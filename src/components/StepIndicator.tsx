import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface StepItem {
  id: string;
  title: string;
  href: string;
  /** Reachable steps are links; the rest are shown but not yet clickable. */
  reachable: boolean;
  done: boolean;
}

/** DKFDS's check icon (dkfds/src/img/svg-icons/check.svg), inline: the page has no icon sprite. */
const CheckIcon = ({ label }: { label: string }) => (
  <svg className="icon-svg" viewBox="0 -960 960 960" role="img" aria-label={label} focusable="false">
    <path d="M382-240 154-468l57-57 171 171 367-367 57 57-424 424Z" />
  </svg>
);

function StepList({ steps, currentId, onFollow }: { steps: StepItem[]; currentId: string; onFollow?: () => void }) {
  const { t } = useTranslation();
  return (
    <ol className="step-indicator">
      {steps.map((step, index) => {
        const current = step.id === currentId;
        const done = step.done && !current;
        const content = (
          <>
            {done ? (
              <span className="step-icon">
                <CheckIcon label={t('steps.doneLabel', { number: index + 1 })} />
              </span>
            ) : (
              <span className="step-number">
                <span>{index + 1}</span>
              </span>
            )}{' '}
            <span className="step-title">{step.title}</span>
          </>
        );
        return (
          <li key={step.id} className={current ? 'current' : step.reachable ? undefined : 'disabled'}>
            {step.reachable || current ? (
              <a
                className="step"
                href={step.href}
                aria-current={current ? 'step' : undefined}
                {...(onFollow ? { onClick: onFollow } : {})}
              >
                {content}
              </a>
            ) : (
              <span className="step">{content}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/**
 * DKFDS step indicator. From the md breakpoint (and so not at 200 % zoom on a laptop) the full list stands beside
 * the form; below it a "Trin 3 af 15" button opens the list in a dialog, so the question comes first on a phone.
 * When the profile adds or removes technology steps, the new count is announced.
 */
export function StepIndicator({ steps, currentId }: { steps: StepItem[]; currentId: string }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const currentIndex = steps.findIndex((s) => s.id === currentId);
  const total = steps.length;
  const shownTotal = useRef(total);
  const [changed, setChanged] = useState('');
  useEffect(() => {
    if (total === shownTotal.current) return;
    shownTotal.current = total;
    setChanged(t('steps.changed', { total }));
  }, [total, t]);
  const count = t('steps.count', { current: currentIndex + 1, total });
  return (
    <nav aria-label={t('steps.label')} className="parat-steps">
      <p className="parat-steps-count parat-steps-wide">{count}</p>
      <button
        type="button"
        className="step-indicator-button parat-steps-narrow"
        aria-haspopup="dialog"
        onClick={() => dialog.current?.showModal()}
      >
        <span>{count}</span>
      </button>
      <dialog ref={dialog} className="parat-dialog parat-steps-dialog" aria-labelledby="steps-dialog-heading">
        <div className="parat-steps-dialog-header">
          <h2 id="steps-dialog-heading" className="h3">
            {t('steps.label')}
          </h2>
          <button type="button" className="button button-tertiary" onClick={() => dialog.current?.close()}>
            {t('steps.close')}
          </button>
        </div>
        <StepList steps={steps} currentId={currentId} onFollow={() => dialog.current?.close()} />
      </dialog>
      <div className="parat-steps-wide">
        <StepList steps={steps} currentId={currentId} />
      </div>
      <p role="status" className="sr-only">
        {changed}
      </p>
    </nav>
  );
}
