import { useTranslation } from 'react-i18next';
import type { WorkshopFile, WorkshopNotice } from '../../../../questions/workshop-file';
import { Alert } from '../../../components/Alert';
import { workshopNoticeText } from '../../../format/workshop-notices';

/** What reading the stored workshop had to change (a decision on a question no longer asked, say), each in a sentence. */
export function OpenedNotices({ notices, file }: { notices: readonly WorkshopNotice[]; file: WorkshopFile }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <Alert kind="warning" heading={t('meeting:workspace.changedHeading')} role="status">
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{workshopNoticeText(notice, t, file.plan)}</li>
        ))}
      </ul>
    </Alert>
  );
}
