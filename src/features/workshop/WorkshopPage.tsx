import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { DecisionList } from './decisions/DecisionList';
import { Intake } from './intake/Intake';
import { ArrivalNotices } from './notices/ArrivalNotices';
import { OpenedNotices } from './notices/OpenedNotices';
import { SavedNotices } from './notices/SavedNotices';
import { ParticipantList } from './participant-list/ParticipantList';
import { WorkshopPlan } from './plan/WorkshopPlan';
import { RoleView } from './roles/RoleView';
import { useWorkshop } from './use-workshop';
import { WorkshopActions } from './WorkshopActions';
import { WorkshopResultView } from './WorkshopResultView';
import { WorkspacePanel } from './workspace/WorkspacePanel';

// Drawn again only when what they show changes, not for each notice or progress step.
const Actions = memo(WorkshopActions);
const Participants = memo(ParticipantList);
const Decisions = memo(DecisionList);
const Result = memo(WorkshopResultView);
const Plan = memo(WorkshopPlan);

/**
 * A workshop, a workspace of its own in this browser: its details and file, the participants' answers taken in
 * (files, links, QR codes, or in turn), the participants by number or name and role, the disputed questions with
 * the group's decisions, the group per role, the group's result and the shared plan built on the decisions. Nothing
 * is sent.
 */
export function WorkshopPage() {
  const { t } = useTranslation();
  const workshop = useWorkshop();
  const { file, result } = workshop;
  return (
    <>
      <PageHeading>{t('workshop:heading')}</PageHeading>
      <p className="font-lead">{t('workshop:lead')}</p>
      <WorkspacePanel
        file={file}
        fromFile={workshop.fromFile}
        workshops={workshop.workshops}
        onChange={workshop.setFields}
        onOpened={workshop.adopt}
        onOpen={workshop.open}
        onNew={workshop.create}
        onRemove={workshop.remove}
      />
      <OpenedNotices notices={workshop.notices} file={file} />
      <Intake take={workshop.take} count={file.participants.length} change={workshop.change} />
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
          <Actions workshop={result} roles={workshop.roles} file={file} onDecide={workshop.setDecision} />
          <Participants participants={file.participants} showNames={file.showNames === true} change={workshop.change} />
          <Decisions workshop={result} onDecide={workshop.setDecision} />
          <RoleView workshop={result} roles={workshop.roles} />
          <Result workshop={result} />
          <Plan workshop={result} plan={file.plan} setAction={workshop.setAction} />
        </>
      )}
    </>
  );
}
