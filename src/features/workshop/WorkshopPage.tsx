import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { Intake } from './intake/Intake';
import { ArrivalNotices } from './notices/ArrivalNotices';
import { SavedNotices } from './notices/SavedNotices';
import { ParticipantList } from './participant-list/ParticipantList';
import { useWorkshop } from './use-workshop';
import { WorkshopActions } from './WorkshopActions';
import { WorkshopResultView } from './WorkshopResultView';

// Drawn again only when the result or the participants change, not for each notice or progress step.
const Actions = memo(WorkshopActions);
const Participants = memo(ParticipantList);
const Result = memo(WorkshopResultView);

/**
 * A workshop: the consultant loads the participants' answer files (picker or drag-and-drop), pasted share links or
 * scanned QR codes, or respondents answer in turn in this browser, and sees the group's score per category and area
 * beside the participants' mean and spread, where they disagree most, and the group's recommendations. The
 * participants are kept in this browser; nothing is sent.
 */
export function WorkshopPage() {
  const { t } = useTranslation();
  const workshop = useWorkshop();
  const { participants, result } = workshop;
  return (
    <>
      <PageHeading>{t('workshop:heading')}</PageHeading>
      <p className="font-lead">{t('workshop:lead')}</p>
      <Intake take={workshop.take} count={participants.length} change={workshop.change} />
      <SavedNotices
        unreadable={workshop.unreadable}
        newer={workshop.newer}
        kept={workshop.kept}
        restoring={workshop.restoring}
        discard={workshop.discard}
      />
      <ArrivalNotices repeated={workshop.repeated} refused={workshop.refused} />
      {result && (
        <>
          <Actions workshop={result} {...(workshop.organisation ? { organisation: workshop.organisation } : {})} />
          <Participants participants={participants} change={workshop.change} />
          <Result workshop={result} />
        </>
      )}
    </>
  );
}
