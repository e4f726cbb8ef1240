import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../../questions';
import type { Decision } from '../../../../questions/decisions';
import type { DecidedWorkshop, RoleComparison } from '../../../../scoring';
import { whenIdle } from '../../../state/idle';
import { DecisionDialog } from '../decisions/DecisionDialog';
import { AgreedSlide } from './AgreedSlide';
import { JoinSlide } from './JoinSlide';
import { MoreSlide } from './MoreSlide';
import { OverviewSlide } from './OverviewSlide';
import { QuestionSlide } from './QuestionSlide';
import { RolesSlide } from './RolesSlide';
import { deckSlides, openingSlide, type Slide } from './slides';
import { useDeckKeys, usePointerShown } from './use-deck-keys';
import './deck.css';
import './deck-controls.css';
import './deck-decision.css';

export interface DeckProps {
  workshop: DecidedWorkshop;
  roles: RoleComparison;
  /** The workshop's name, and the address participants open to answer. */
  name: string;
  joinAddress: string;
  onDecide: (questionId: string, decision: Decision | undefined) => void;
  onClose: () => void;
}

type SlideProps = Pick<DeckProps, 'workshop' | 'roles' | 'name' | 'joinAddress'> & { slide: Slide };

const SlideView = memo(function SlideView({ slide, ...props }: SlideProps) {
  switch (slide.kind) {
    case 'join':
      return <JoinSlide address={props.joinAddress} name={props.name} />;
    case 'overview':
      return <OverviewSlide workshop={props.workshop} />;
    case 'question':
      return <QuestionSlide workshop={props.workshop} questionId={slide.questionId} rank={slide.rank} of={slide.of} />;
    case 'more':
      return <MoreSlide questionIds={slide.questionIds} />;
    case 'agreed':
      return <AgreedSlide workshop={props.workshop} sectionIds={slide.sectionIds} />;
    case 'roles':
      return <RolesSlide workshop={props.workshop} roles={props.roles} />;
  }
});

/** Where a slide stands: on screen, next to it (drawn, unseen, so showing it is only a change of opacity), or away. */
type Place = 'shown' | 'near' | 'away';

/**
 * Every slide is drawn once, as the deck opens, each in its own place on top of the others, so a slide change lays out
 * nothing: it shows one slide and hides another. The slides either side are painted in advance, unseen, so the usual
 * step to the next or previous slide is a change of opacity only (`npm run bench`: under 50 ms on a slow laptop).
 */
const SlideFrame = memo(function SlideFrame({ place, ...props }: SlideProps & { place: Place }) {
  return (
    <div
      className="parat-deck-slide"
      hidden={place !== 'shown'}
      data-near={place === 'near' || undefined}
      aria-hidden={place === 'near' || undefined}
    >
      <SlideView {...props} />
    </div>
  );
});

const placeOf = (i: number, shown: number | undefined, prepared: number): Place =>
  i === shown ? 'shown' : Math.abs(i - prepared) <= 1 ? 'near' : 'away';

/**
 * The workshop on a projector, made for discussion: a modal dialog over the whole screen, full screen where the
 * browser allows, operated with a remote's keys (useDeckKeys). The controls hide until the pointer moves; Escape, or
 * leaving full screen, ends it. A decision can be recorded on a question's slide.
 */
export function Deck(props: DeckProps) {
  const { workshop, roles, onClose } = props;
  const { t } = useTranslation();
  const slides = useMemo(() => deckSlides(bank, workshop, roles), [workshop, roles]);
  const [index, setIndex] = useState(openingSlide);
  const [prepared, setPrepared] = useState(openingSlide);
  const [blank, setBlank] = useState(false);
  const [shown, setShown] = useState(false);
  const [deciding, setDeciding] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const current = Math.min(index, slides.length - 1);
  const slide = slides[current] ?? { kind: 'overview' };

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
  // The new slide's heading takes focus, so a screen reader reads it; a blank screen takes it while it lasts, so the
  // remote's keys still reach the deck. So does the heading when the decision dialog closes: focus would otherwise
  // fall to the page's body, outside the deck, and the remote would do nothing until someone clicked the slide.
  useEffect(() => {
    if (deciding) return;
    dialog.current
      ?.querySelector<HTMLElement>(blank ? '.parat-deck-blank' : '.parat-deck-slide:not([hidden]) h2')
      ?.focus({ preventScroll: true });
  }, [index, blank, deciding]);

  // The new slide's neighbours are painted once the browser is idle, not in the frame that shows it, so the change
  // itself waits for nothing but the slide it shows.
  useEffect(() => whenIdle(() => setPrepared(current)), [current]);

  const go = useCallback((to: (i: number) => number) => {
    setBlank(false);
    setIndex((i) => to(i));
  }, []);
  const onKeyDown = useDeckKeys({ count: slides.length, go, toggleBlank: () => setBlank((b) => !b) });
  const showControls = usePointerShown(setShown);
  const questionId = slide.kind === 'question' ? slide.questionId : undefined;

  return (
    <dialog
      ref={dialog}
      className="parat-deck"
      aria-label={t('workshop:presentation')}
      onCancel={(event) => {
        // React passes the decision dialog's cancel up to here: Escape there closes that dialog, not the deck.
        if (event.target !== event.currentTarget) return;
        event.preventDefault();
        onClose();
      }}
      onKeyDown={onKeyDown}
      onPointerMove={showControls}
    >
      {slides.map((each, i) => (
        <SlideFrame
          key={i}
          slide={each}
          place={placeOf(i, blank ? undefined : current, prepared)}
          workshop={workshop}
          roles={roles}
          name={props.name}
          joinAddress={props.joinAddress}
        />
      ))}
      {blank && (
        <p className="parat-deck-blank" role="status" tabIndex={-1}>
          <span className="sr-only">{t('meeting:deck.blanked')}</span>
        </p>
      )}
      <div className="parat-deck-controls" data-shown={shown || undefined}>
        <p aria-live="polite">{t('workshop:slideCount', { current: index + 1, total: slides.length })}</p>
        <button type="button" className="button button-secondary" onClick={() => go((i) => Math.max(i - 1, 0))}>
          {t('workshop:previous')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => go((i) => Math.min(i + 1, slides.length - 1))}
        >
          {t('workshop:next')}
        </button>
        {questionId && (
          <button type="button" className="button button-secondary" onClick={() => setDeciding(true)}>
            {t('meeting:decisions.record')}
          </button>
        )}
        <button type="button" className="button button-tertiary" onClick={onClose}>
          {t('workshop:endPresentation')}
        </button>
        <p className="parat-deck-keys">{t('meeting:deck.keys')}</p>
      </div>
      {deciding && questionId && (
        <DecisionDialog
          questionId={questionId}
          decision={workshop.decisions[questionId]}
          onSave={(decision) => props.onDecide(questionId, decision)}
          onClose={() => setDeciding(false)}
        />
      )}
    </dialog>
  );
}
