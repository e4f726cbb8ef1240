import { useTranslation } from 'react-i18next';

export interface StepItem {
  id: string;
  title: string;
  href: string;
  /** Reachable steps are links; the rest are shown but not yet clickable. */
  reachable: boolean;
  done: boolean;
}

/** DKFDS step indicator: completed and reachable steps stay clickable; the current one has aria-current. */
export function StepIndicator({ steps, currentId }: { steps: StepItem[]; currentId: string }) {
  const { t } = useTranslation();
  const currentIndex = steps.findIndex((s) => s.id === currentId);
  return (
    <nav aria-label={t('steps.label')} className="parat-steps">
      <p className="parat-steps-count">{t('steps.count', { current: currentIndex + 1, total: steps.length })}</p>
      <ol className="step-indicator">
        {steps.map((step, index) => {
          const current = step.id === currentId;
          const content = (
            <>
              <span className="step-number">
                <span>{index + 1}</span>
              </span>{' '}
              <span className="step-title">
                {step.title}
                {step.done && !current && <span className="sr-only"> ({t('steps.done')})</span>}
              </span>
            </>
          );
          return (
            <li key={step.id} className={current ? 'current' : step.done ? 'completed' : undefined}>
              {step.reachable || current ? (
                <a className="step" href={step.href} aria-current={current ? 'step' : undefined}>
                  {content}
                </a>
              ) : (
                <span className="step">{content}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
