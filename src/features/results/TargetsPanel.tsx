import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionScore, TargetGap } from '../../../scoring';
import { useAssessment, useStore } from '../../state/context';

/**
 * The organisation's own targets: the highest barrier pressure it accepts per category and the lowest maturity
 * per area, each with the gap to today's score. Saved with the answers, on every change.
 */
export function TargetsPanel({ scores, gaps }: { scores: SectionScore[]; gaps: TargetGap[] }) {
  const { t } = useTranslation();
  const store = useStore();
  const { targets } = useAssessment();
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const sections = scores.filter((s) => s.kind === 'barrier-category' || s.kind === 'maturity-area');

  const change = (sectionId: string, text: string) => {
    setDrafts((d) => ({ ...d, [sectionId]: text }));
    if (text.trim() === '') store.setTarget(sectionId, undefined);
    else if (/^\d{1,3}$/.test(text.trim()) && Number(text) <= 100) store.setTarget(sectionId, Number(text));
  };

  return (
    <section aria-labelledby="targets-heading" className="parat-no-print">
      <h3 id="targets-heading">{t('results.targets.heading')}</h3>
      {/* Open once targets are set, so they are seen again after a reload. */}
      <details className="parat-details" open={Object.keys(targets).length > 0 || undefined}>
        <summary>{t('results.targets.open')}</summary>
        <p>{t('results.targets.intro')}</p>
        <div className="parat-targets">
          {sections.map((s) => {
            const area = t(`bank:sections.${s.sectionId}.title`);
            const text =
              drafts[s.sectionId] ?? (targets[s.sectionId] === undefined ? '' : String(targets[s.sectionId]));
            const invalid = text.trim() !== '' && !(/^\d{1,3}$/.test(text.trim()) && Number(text) <= 100);
            const gap = gaps.find((g) => g.sectionId === s.sectionId);
            const id = `target-${s.sectionId}`;
            return (
              <div key={s.sectionId} className={`form-group${invalid ? ' form-error' : ''}`}>
                <label className="form-label" htmlFor={id}>
                  {s.kind === 'maturity-area'
                    ? t('results.targets.atLeast', { area })
                    : t('results.targets.atMost', { area })}
                </label>
                {invalid && (
                  <span className="form-error-message" id={`${id}-error`}>
                    <span className="sr-only">{t('errors.prefix')}</span>
                    {t('results.targets.invalid', { area })}
                  </span>
                )}
                <input
                  className="form-input input-width-xs"
                  id={id}
                  inputMode="numeric"
                  value={text}
                  aria-describedby={`${id}-status${invalid ? ` ${id}-error` : ''}`}
                  aria-invalid={invalid || undefined}
                  onChange={(event) => change(s.sectionId, event.target.value)}
                />
                <span className="form-hint" id={`${id}-status`}>
                  {!gap
                    ? ''
                    : gap.gap === null
                      ? t('results.targets.noScore')
                      : gap.gap === 0
                        ? t('results.targets.met')
                        : t('results.targets.gap', { gap: Math.round(gap.gap) })}
                </span>
              </div>
            );
          })}
        </div>
      </details>
    </section>
  );
}
