import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import type { AnswersFile } from '../../../questions/answers';
import type { Trend } from '../../../scoring';
import { intlLocale } from '../../format/locale';
import { answersFileNameParts } from '../../format/organisation-title';
import { datedName, downloadText } from '../../state/download';

/** The PDF report of the latest assessment, with the trend as a chapter after its summary; made in the page. */
export function TrendReportButton({ trend, latest }: { trend: Trend; latest: AnswersFile }) {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setStatus('busy');
    try {
      const { createReport } = await import('../../report/create');
      const date = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'long' }).format(new Date());
      const bytes = createReport(bank, latest, t, i18n.language, date, { trend });
      const name = datedName(
        t('app:files.reportStem'),
        'pdf',
        latest.savedAt ?? '',
        answersFileNameParts(latest.answers),
      );
      downloadText(name, bytes, 'application/pdf');
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
        {t('series:view.trendReport')}
      </button>{' '}
      <span role="status" className={status === 'failed' ? 'form-error-message' : undefined}>
        {status === 'busy' ? t('report:generating') : status === 'failed' ? t('report:failed') : ''}
      </span>
    </p>
  );
}
