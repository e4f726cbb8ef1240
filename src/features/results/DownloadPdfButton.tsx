import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '../../format/locale';
import { bank } from '../../../questions';
import type { AnswersFile } from '../../../questions/answers';
import { useStore } from '../../state/context';
import { answersFileNameParts } from '../../format/organisation-title';
import { datedName, downloadText } from '../../state/download';
import { useLoadedPack } from '../peers/loaded-pack';

/**
 * Makes the PDF report in the page: of the answers (with an earlier assessment to compare with, if given, a peer
 * pack loaded on the results page, and the file's fingerprint in every footer). jsPDF is loaded only now, never in
 * the first load.
 */
export function DownloadPdfButton({ earlier }: { earlier?: AnswersFile }) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const pack = useLoadedPack();
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');

  const download = async () => {
    setStatus('busy');
    try {
      const [{ createReport }, { fingerprintOf }] = await Promise.all([
        import('../../report/create'),
        import('../../report/fingerprint'),
      ]);
      const file = store.toFile();
      const fingerprint = await fingerprintOf(file, bank);
      const date = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: 'long' }).format(new Date());
      const bytes = createReport(bank, file, t, i18n.language, date, {
        ...(earlier ? { earlier } : {}),
        ...(fingerprint ? { fingerprint } : {}),
        ...(pack ? { pack } : {}),
      });
      const name = datedName(t('files.reportStem'), 'pdf', file.savedAt ?? '', answersFileNameParts(file.answers));
      downloadText(name, bytes, 'application/pdf');
      setStatus('idle');
    } catch {
      setStatus('failed');
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button-primary"
        onClick={() => void download()}
        disabled={status === 'busy'}
      >
        {t('report:download')}
      </button>
      <span role="status" className={status === 'failed' ? 'form-error-message' : undefined}>
        {status === 'busy' ? t('report:generating') : status === 'failed' ? t('report:failed') : ''}
      </span>
    </>
  );
}
