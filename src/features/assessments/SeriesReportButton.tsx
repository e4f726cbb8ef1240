import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import type { AnswersFile } from '../../../questions/answers';
import { intlLocale } from '../../format/locale';
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
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setStatus('busy');
    try {
      const { createReport } = await import('../../report/create');
      const date = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'long' }).format(new Date());
      downloadText(fileName, createReport(bank, file, t, i18n.language, date, options), 'application/pdf');
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <p>
      <button
        type="button"
        className="button button-secondary"
        disabled={status === 'busy'}
        onClick={() => void download()}
      >
        {label}
      </button>{' '}
      <span role="status" className={status === 'failed' ? 'form-error-message' : undefined}>
        {status === 'busy' ? t('report:generating') : status === 'failed' ? t('report:failed') : ''}
      </span>
    </p>
  );
}
