import { useTranslation } from 'react-i18next';
import { BusyStatus, useBusy } from '../../components/BusyStatus';
import { bank } from '../../../questions';
import { todayText } from '../../format/locale';
import { answersFileNameParts } from '../../format/organisation-title';
import type { PlanRow } from '../../format/plan-text';
import { useStore } from '../../state/context';
import { datedName, downloadText } from '../../state/download';
import { useLoadedPack } from '../peers/loaded-pack';
import { planCsv } from '../transfer/csv-export';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The plan for management: a Word document to edit and approve, and a spreadsheet to follow it up in. */
export function PlanExports({ rows }: { rows: PlanRow[] }) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const pack = useLoadedPack();
  const { status, busy, run } = useBusy();
  const today = new Date().toISOString();

  const docx = () =>
    run(async () => {
      // The docx library is loaded only now, never with the page.
      const [{ createDocx }, { fingerprintOf }] = await Promise.all([
        import('../../report/docx'),
        import('../../report/fingerprint'),
      ]);
      const date = todayText(i18n.language);
      const file = store.toFile();
      const fingerprint = await fingerprintOf(file, bank);
      const bytes = await createDocx(bank, file, t, i18n.language, date, {
        ...(fingerprint ? { fingerprint } : {}),
        ...(pack ? { pack } : {}),
      });
      const name = datedName(t('plan:exports.stem'), 'docx', today, answersFileNameParts(file.answers));
      downloadText(name, bytes.buffer as ArrayBuffer, docxType);
    });

  return (
    <div className="parat-actions parat-no-print">
      <button type="button" className="button button-secondary" onClick={() => void docx()} aria-disabled={busy}>
        {t('plan:exports.docx')}
      </button>
      {rows.length > 0 && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            downloadText(
              datedName(t('plan:exports.stem'), 'csv', today, answersFileNameParts(store.getState().answers)),
              planCsv(rows, t),
              'text/csv;charset=utf-8',
            )
          }
        >
          {t('plan:exports.csv')}
        </button>
      )}
      <BusyStatus status={status} busy={t('plan:exports.busy')} failed={t('plan:exports.failed')} />
    </div>
  );
}
