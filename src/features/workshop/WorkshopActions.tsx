import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopResult } from '../../../scoring';
import { GroupPlanDialog } from '../plan/GroupPlanDialog';
import { DownloadPdfButton } from '../results/DownloadPdfButton';
import { Projector } from './Projector';

/** What the group's result can become: a presentation on the projector, the group's PDF, and a shared plan. */
export function WorkshopActions({ workshop, organisation }: { workshop: WorkshopResult; organisation?: string }) {
  const { t } = useTranslation();
  const [presenting, setPresenting] = useState(false);
  const closeProjector = useCallback(() => setPresenting(false), []);
  const wasPresenting = useRef(false);
  // After the presentation, focus returns to the button that started it.
  useEffect(() => {
    if (!presenting && wasPresenting.current) document.getElementById('workshop-present')?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);
  return (
    <>
      {presenting && <Projector workshop={workshop} onClose={closeProjector} />}
      <div className="parat-actions">
        <button
          type="button"
          id="workshop-present"
          className="button button-primary"
          onClick={() => {
            // Full screen is asked for in the click, as browsers require, and the projector opens once it is
            // granted or refused, so that it stands above the full-screen page in the browser's top layer.
            const fullscreen = document.documentElement.requestFullscreen?.() ?? Promise.resolve();
            void fullscreen.catch(() => undefined).then(() => setPresenting(true));
          }}
        >
          {t('workshop:present')}
        </button>
        <DownloadPdfButton workshop={workshop} />
        <GroupPlanDialog workshop={workshop} {...(organisation ? { organisation } : {})} />
      </div>
    </>
  );
}
