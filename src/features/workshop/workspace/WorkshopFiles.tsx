import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../../questions';
import { readWorkshopFile, type WorkshopFile, type WorkshopNotice } from '../../../../questions/workshop-file';
import { Alert } from '../../../components/Alert';
import { datedName, downloadText } from '../../../state/download';
import { workshopNoticeText, workshopProblemText } from '../../../format/workshop-notices';

/**
 * The workshop as one file: saved with everything in it (participants, decisions, plan), and a saved one opened as a
 * workshop of its own beside those already here. What opening had to change is listed; a file that is no workshop
 * is refused with the reason.
 */
export function WorkshopFiles({
  file,
  onOpened,
}: {
  file: WorkshopFile;
  onOpened: (file: WorkshopFile, notices: WorkshopNotice[]) => void;
}) {
  const { t } = useTranslation();
  const [said, setSaid] = useState<{ refused?: string; notices?: string[]; name?: string }>({});
  const [resetKey, setResetKey] = useState(0);
  const save = () => {
    const savedAt = new Date().toISOString();
    downloadText(
      datedName(t('meeting:workspace.fileStem'), 'json', file.date ?? savedAt, [file.name]),
      JSON.stringify({ ...file, savedAt }, null, 2),
      'application/json',
    );
  };
  const open = async (chosen: File | undefined) => {
    if (!chosen) return;
    const reading = readWorkshopFile(await chosen.text(), bank);
    setResetKey((k) => k + 1);
    if (!reading.ok) {
      setSaid({ refused: workshopProblemText(reading.problem, t) });
      return;
    }
    setSaid({
      name: reading.file.name,
      notices: reading.notices.map((notice) => workshopNoticeText(notice, t, reading.file.plan)),
    });
    onOpened(reading.file, reading.notices);
  };
  return (
    <div className="parat-workshop-files">
      <div className="parat-actions">
        <button type="button" className="button button-secondary" onClick={save}>
          {t('meeting:workspace.save')}
        </button>
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="workshop-open-file">
          {t('meeting:workspace.openFile')}
        </label>
        <input
          key={resetKey}
          className="form-file-input parat-file"
          id="workshop-open-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => void open(event.target.files?.[0])}
        />
      </div>
      {said.refused && (
        <Alert kind="error" heading={t('meeting:workspace.refusedHeading')} role="alert">
          <p>{said.refused}</p>
        </Alert>
      )}
      {said.notices && (
        <Alert
          kind={said.notices.length > 0 ? 'warning' : 'success'}
          heading={t('meeting:workspace.opened', { name: said.name || t('meeting:workspace.unnamed') })}
          role="status"
        >
          {said.notices.length > 0 && (
            <ul>
              {said.notices.map((notice, i) => (
                <li key={i}>{notice}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </div>
  );
}
