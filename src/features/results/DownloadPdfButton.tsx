import { useTranslation } from 'react-i18next';
import { BusyStatus, useBusy } from '../../components/BusyStatus';
import { todayText } from '../../format/locale';
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
  const { status, busy, run } = useBusy();

  const download = () =>
    run(async () => {
      const [{ createReport }, { fingerprintOf }] = await Promise.all([
        import('../../report/create'),
        import('../../report/fingerprint'),
      ]);
      const file = store.toFile();
      const fingerprint = await fingerprintOf(file, bank);
      const date = todayText(i18n.language);
      const bytes = createReport(bank, file, t, i18n.language, date, {
        ...(earlier ? { earlier } : {}),
        ...(fingerprint ? { fingerprint } : {}),
        ...(pack ? { pack } : {}),
      });
      const name = datedName(t('files.reportStem'), 'pdf', file.savedAt ?? '', answersFileNameParts(file.answers));
      downloadText(name, bytes, 'application/pdf');
    });

  return (
    <>
      <button type="button" className="button button-primary" onClick={() => void download()} aria-disabled={busy}>
        {t('report:download')}
      </button>
      <BusyStatus status={status} busy={t('report:generating')} failed={t('report:failed')} />
    </>
  );
}
