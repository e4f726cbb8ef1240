import { useTranslation } from 'react-i18next';
import { BusyStatus, useBusy } from '../../components/BusyStatus';
import { bank } from '../../../questions';
import type { WorkshopFile } from '../../../questions/workshop-file';
import { todayText } from '../../format/locale';
import { datedName, downloadText } from '../../state/download';

/**
 * The workshop's one report, as a PDF and as a Word document to edit: made in the page from the saved workshop, with
 * jsPDF or docx loaded only when asked for.
 */
export function WorkshopReports({ file }: { file: WorkshopFile }) {
  const { t, i18n } = useTranslation();
  const { status, busy, run } = useBusy();
  const make = (kind: 'pdf' | 'docx') =>
    run(async () => {
      const today = todayText(i18n.language);
      const bytes =
        kind === 'pdf'
          ? (await import('../../report/create')).createWorkshopReport(bank, file, t, i18n.language, today)
          : await (await import('../../report/docx')).createWorkshopDocx(bank, file, t, i18n.language, today);
      const type =
        kind === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      const name = datedName(t('meeting:report.fileStem'), kind, file.date ?? new Date().toISOString(), [file.name]);
      downloadText(name, bytes instanceof Uint8Array ? (bytes.slice().buffer as ArrayBuffer) : bytes, type);
    });
  return (
    <>
      <button type="button" className="button button-primary" aria-disabled={busy} onClick={() => void make('pdf')}>
        {t('report:download')}
      </button>
      <button type="button" className="button button-secondary" aria-disabled={busy} onClick={() => void make('docx')}>
        {t('meeting:report.downloadDocx')}
      </button>
      <BusyStatus status={status} busy={t('report:generating')} failed={t('report:failed')} />
    </>
  );
}
