import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Decision } from '../../../questions/decisions';
import type { WorkshopFile } from '../../../questions/workshop-file';
import type { DecidedWorkshop, RoleComparison } from '../../../scoring';
import { href } from '../../routing';
import { WorkshopReports } from './WorkshopReports';

// The deck and its stylesheet load when it is first shown.
const Deck = lazy(() => import('./deck/Deck').then((m) => ({ default: m.Deck })));

/** The address participants open to answer: this copy of Parat, at the join route (the deck's first slide). */
const joinAddress = () => `${window.location.origin}${window.location.pathname}${href({ page: 'join' })}`;

/** What the group's result can become: the deck on the projector, and the workshop's report as PDF and Word. */
export function WorkshopActions({
  workshop,
  roles,
  file,
  onDecide,
}: {
  workshop: DecidedWorkshop;
  roles: RoleComparison;
  file: WorkshopFile;
  onDecide: (questionId: string, decision: Decision | undefined) => void;
}) {
  const { t } = useTranslation();
  const [presenting, setPresenting] = useState(false);
  const close = useCallback(() => setPresenting(false), []);
  const wasPresenting = useRef(false);
  // After the presentation, focus returns to the button that started it.
  useEffect(() => {
    if (!presenting && wasPresenting.current) document.getElementById('workshop-present')?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);
  return (
    <>
      {presenting && (
        <Suspense fallback={null}>
          <Deck
            workshop={workshop}
            roles={roles}
            name={file.name}
            joinAddress={joinAddress()}
            onDecide={onDecide}
            onClose={close}
          />
        </Suspense>
      )}
      <div className="parat-actions">
        <button
          type="button"
          id="workshop-present"
          className="button button-primary"
          onClick={() => {
            // Full screen is asked for in the click, as browsers require, and the deck opens once it is granted or
            // refused, so that it stands above the full-screen page in the browser's top layer.
            const fullscreen = document.documentElement.requestFullscreen?.() ?? Promise.resolve();
            void fullscreen.catch(() => undefined).then(() => setPresenting(true));
          }}
        >
          {t('workshop:present')}
        </button>
        <WorkshopReports file={file} />
      </div>
    </>
  );
}
