import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { scaleOptions } from '../../../questions';
import type { WorkshopQuestion, WorkshopResult } from '../../../scoring';
import { workshopRows } from '../../format/workshop-rows';
import { DotPlot } from './DotPlot';

// The points to discuss on one slide: enough for a conversation, few enough to read from the back.
const pointsPerSlide = 2;

/** Keys that belong to a field: a slide must not change while someone types or picks in one. */
const inField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * The workshop on a projector: a modal dialog over the whole viewport, full screen where the browser allows, one
 * category or area a slide. Each slide gives the group's score, the participants as dots on 0-100, and the points to
 * discuss as bars per answer. Arrow keys and Page Up/Down (what presenter remotes send) change slides, never from a
 * field; Escape, or leaving full screen, ends it.
 */
export function Projector({ workshop, onClose }: { workshop: WorkshopResult; onClose: () => void }) {
  const { t } = useTranslation();
  const rows = workshopRows(workshop, t);
  const [index, setIndex] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const row = rows[index];
  const section = workshop.sections.find((s) => s.sectionId === row?.sectionId);

  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    // Leaving full screen (the browser takes the first Escape for that) ends the presentation too.
    const onFullscreen = () => {
      if (!document.fullscreenElement) onClose();
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      element?.close();
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onClose]);

  useEffect(() => {
    heading.current?.focus();
  }, [index]);

  if (!row || !section) return null;
  const go = (step: number) => setIndex((i) => Math.min(Math.max(i + step, 0), rows.length - 1));
  const onKeyDown = (event: KeyboardEvent) => {
    if (inField(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    const step = { ArrowRight: 1, PageDown: 1, ArrowLeft: -1, PageUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    go(step);
  };
  const points = workshop.discussion
    .map((id) => workshop.questions.find((q) => q.questionId === id))
    .filter((q): q is WorkshopQuestion => q?.sectionId === row.sectionId)
    .slice(0, pointsPerSlide);

  return (
    <dialog
      ref={dialog}
      className="parat-projector"
      aria-label={t('workshop:presentation')}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
    >
      <div className="parat-projector-bar">
        <p className="parat-projector-count" aria-live="polite">
          {t('workshop:slideCount', { current: index + 1, total: rows.length })}
        </p>
        <div className="parat-projector-buttons">
          <button type="button" className="button button-secondary" onClick={() => go(-1)} disabled={index === 0}>
            {t('workshop:previous')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => go(1)}
            disabled={index === rows.length - 1}
          >
            {t('workshop:next')}
          </button>
          <button type="button" className="button button-tertiary" onClick={onClose}>
            {t('workshop:endPresentation')}
          </button>
        </div>
      </div>
      <h2 ref={heading} tabIndex={-1}>
        {row.area}
      </h2>
      <p className="parat-projector-figure">
        {t('workshop:slideGroup')} <strong>{row.group}</strong>
      </p>
      <p className="parat-projector-detail">
        {[
          !row.single && t('workshop:slideSpread', { mean: row.mean, spread: row.spread }),
          row.partial && t('workshop:slidePartial', { scored: section.scored, total: workshop.participants }),
          row.single && !row.partial && t('workshop:slideSingle'),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <DotPlot values={section.values} group={section.group} />
      {points.length > 0 && (
        <>
          <h3>{t('workshop:discussionHeading')}</h3>
          <div className="parat-projector-points">
            {points.map((q) => (
              <AnswerBars key={q.questionId} question={q} total={workshop.participants} />
            ))}
          </div>
        </>
      )}
      <p className="parat-projector-keys">{t('workshop:keys')}</p>
    </dialog>
  );
}

/** How many participants gave each answer to a point to discuss, as bars with the count beside each. */
function AnswerBars({ question, total }: { question: WorkshopQuestion; total: number }) {
  const { t } = useTranslation();
  return (
    <figure className="parat-answer-bars">
      <figcaption>{t(`questions:${question.questionId}.short`)}</figcaption>
      <ul className="nobullet-list">
        {scaleOptions.map((option) => {
          const count = question.counts[option];
          return (
            <li key={option}>
              <span>{t(`bank:options.${option}`)}</span>
              <svg width="100%" height="28" aria-hidden="true">
                <rect width={`${total === 0 ? 0 : (count / total) * 100}%`} height="28" />
              </svg>
              <span className="parat-answer-bars-count">{count}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
