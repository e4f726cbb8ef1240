import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopResult } from '../../../scoring';
import { answerCounts } from '../../format/answer-counts';

const round = (value: number | null) => (value === null ? '–' : String(Math.round(value)));

/**
 * The workshop on a projector: one category or area at a time in large type, its mean and spread and the
 * questions in it where the participants disagree. Arrow keys move between slides; Escape ends.
 */
export function Presentation({ workshop, onClose }: { workshop: WorkshopResult; onClose: () => void }) {
  const { t } = useTranslation();
  const slides = workshop.sections.filter((s) => s.scored > 0);
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const slide = slides[index];

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'ArrowRight' || event.key === 'PageDown') setIndex((i) => Math.min(i + 1, slides.length - 1));
      else if (event.key === 'ArrowLeft' || event.key === 'PageUp') setIndex((i) => Math.max(i - 1, 0));
      else if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slides.length, onClose]);

  useEffect(() => {
    heading.current?.focus();
  }, [index]);

  if (!slide) return null;
  const disagreements = workshop.discussion
    .map((id) => workshop.questions.find((q) => q.questionId === id))
    .filter((q) => q?.sectionId === slide.sectionId)
    .slice(0, 3);

  return (
    <section
      className="parat-presentation"
      aria-roledescription={t('workshop.presentation')}
      aria-label={t('workshop.presentation')}
    >
      <p className="parat-presentation-count" aria-live="polite">
        {t('workshop.slideCount', { current: index + 1, total: slides.length })}
      </p>
      <h2 ref={heading} tabIndex={-1}>
        {t(`bank:sections.${slide.sectionId}.title`)}
      </h2>
      <p className="parat-presentation-figure">
        {t('workshop.slideFigure', {
          mean: round(slide.mean),
          spread: round(slide.spread),
          min: round(slide.min),
          max: round(slide.max),
        })}
      </p>
      {disagreements.length > 0 && (
        <>
          <h3>{t('workshop.discussionHeading')}</h3>
          <ul>
            {disagreements.map((q) =>
              q ? (
                <li key={q.questionId}>
                  {t(`questions:${q.questionId}.short`)}: {answerCounts(q.counts, t)}
                </li>
              ) : null,
            )}
          </ul>
        </>
      )}
      <div className="parat-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setIndex((i) => Math.max(i - 1, 0))}
          disabled={index === 0}
        >
          {t('workshop.previous')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setIndex((i) => Math.min(i + 1, slides.length - 1))}
          disabled={index === slides.length - 1}
        >
          {t('workshop.next')}
        </button>
        <button type="button" className="button button-tertiary" onClick={onClose}>
          {t('workshop.endPresentation')}
        </button>
      </div>
      <p className="form-hint">{t('workshop.keys')}</p>
    </section>
  );
}
