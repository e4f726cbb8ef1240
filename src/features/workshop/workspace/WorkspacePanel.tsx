import { useTranslation } from 'react-i18next';
import type { WorkshopFile, WorkshopNotice } from '../../../../questions/workshop-file';
import type { WorkshopSummary } from '../../../state/workshops';
import type { FromFile } from '../use-workspace';
import { WorkshopDetails, type WorkshopFields } from './WorkshopDetails';
import { WorkshopFiles } from './WorkshopFiles';
import { WorkshopList } from './WorkshopList';

/**
 * The workshop as a workspace of its own (issue 28, point 1): its details, the file it is saved and opened as, and
 * the other workshops this browser holds.
 */
export function WorkspacePanel({
  file,
  fromFile,
  workshops,
  onChange,
  onOpened,
  onOpen,
  onNew,
  onRemove,
}: {
  file: WorkshopFile;
  fromFile: FromFile | undefined;
  workshops: readonly WorkshopSummary[];
  onChange: (fields: WorkshopFields) => void;
  onOpened: (file: WorkshopFile, notices: WorkshopNotice[]) => void;
  onOpen: (id: string) => void;
  onNew: () => void;
  onRemove: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="workspace-heading" className="parat-workspace">
      <h2 id="workspace-heading">{t('meeting:workspace.heading')}</h2>
      <p>{t('meeting:workspace.lead')}</p>
      <WorkshopDetails file={file} onChange={onChange} />
      <WorkshopFiles key={file.id} file={file} fromFile={fromFile} onOpened={onOpened} />
      <WorkshopList workshops={workshops} current={file.id} onOpen={onOpen} onNew={onNew} onRemove={onRemove} />
    </section>
  );
}
