import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { answersFormat } from '../../../questions/answers';
import type { WorkshopResult } from '../../../scoring';
import { DownloadAnswersButton } from '../../components/DownloadAnswersButton';
import { navigate } from '../../routing';
import { useStore } from '../../state/context';

/**
 * A workshop's shared plan: the group's answers become this browser's assessment, after a warning and the offer to
 * download what is there, and the results page then builds the plan from the group's recommendations.
 */
export function GroupPlanDialog({ workshop, organisation }: { workshop: WorkshopResult; organisation?: string }) {
  const { t } = useTranslation();
  const store = useStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const useGroup = () => {
    store.replaceAll({
      format: answersFormat,
      bankVersion: bank.version,
      answers: { ...workshop.groupAnswers, ...(organisation ? { 'organisation-name': organisation } : {}) },
    });
    dialog.current?.close();
    navigate({ page: 'results' });
  };
  return (
    <>
      <button type="button" className="button button-secondary" onClick={() => dialog.current?.showModal()}>
        {t('plan:group.open')}
      </button>
      <dialog ref={dialog} className="parat-dialog" aria-labelledby="group-plan-heading">
        <h2 id="group-plan-heading">{t('plan:group.heading')}</h2>
        <p>{t('plan:group.text')}</p>
        <div className="parat-actions">
          <DownloadAnswersButton />
          <button type="button" className="button button-primary" onClick={useGroup}>
            {t('plan:group.confirm')}
          </button>
          <button type="button" className="button button-tertiary" onClick={() => dialog.current?.close()}>
            {t('plan:group.cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
