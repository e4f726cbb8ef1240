import { useTranslation } from 'react-i18next';
import { BusyStatus, useBusy } from '../../components/BusyStatus';
import { bank } from '../../../questions';
import type { AnswersFile } from '../../../questions/answers';
import { todayText } from '../../format/locale';
import type { ReportOptions } from '../../report/model';
import { downloadText } from '../../state/download';

/**
 * A PDF report made in the page from the trend or the units: of the latest assessment with the trend after its
 * summary, or on the units side by side. The report's code loads on the click.
 */
export function SeriesReportButton({
  label,
  file,
  options,
  fileName,
}: {
  label: string;
  file: AnswersFile;
  options: Pick<ReportOptions, 'trend' | 'units'>;
  fileName: string;
}) {
  const { t, i18n } = useTranslation();
  const { status, busy, run } = useBusy();
  const download = () =>
    run(async () => {
      const { createReport } = await import('../../report/create');
      const date = todayText(i18n.language);
      downloadText(fileName, createReport(bank, file, t, i18n.language, date, options), 'application/pdf');
    });
  return (
    <p className="parat-no-print">
      <button type="button" className="button button-secondary" aria-disabled={busy} onClick={() => void download()}>
        {label}
      </button>{' '}
      <BusyStatus status={status} busy={t('report:generating')} failed={t('report:failed')} />
    </p>
  );
}
