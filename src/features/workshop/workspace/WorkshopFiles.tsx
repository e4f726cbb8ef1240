import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../../questions';
import { readWorkshopFile, type WorkshopFile, type WorkshopNotice } from '../../../../questions/workshop-file';
import { Alert } from '../../../components/Alert';
import { datedName, downloadText } from '../../../state/download';
import { workshopNoticeText, workshopProblemText } from '../../../format/workshop-notices';
import type { Adoption } from '../../../state/adopt-workshop';
import type { FromFile } from '../use-workspace';

/** How the file was taken in, as the notice's heading says it. */
const openedHeading = (how: Adoption, name: string, t: TFunction) =>
  ({
    added: t('meeting:workspace.opened.added', { name }),
    same: t('meeting:workspace.opened.same', { name }),
    replaced: t('meeting:workspace.opened.replaced', { name }),
    kept: t('meeting:workspace.opened.kept', { name }),
  })[how];

/**
 * The workshop as one file: saved with everything in it (participants, decisions, plan), and a saved one opened as a
 * workshop of its own beside those already here, or as the one here it is a copy of. How it was taken in and what
 * opening had to change are said until another workshop is opened; a file that is no workshop is refused with the
 * reason.
 */
export function WorkshopFiles({
  file,
  fromFile,
  onOpened,
}: {
  file: WorkshopFile;
  fromFile: FromFile | undefined;
  onOpened: (file: WorkshopFile, notices: WorkshopNotice[]) => void;
}) {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<string>();
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
      setRefused(workshopProblemText(reading.problem, t));
      return;
    }
    setRefused(undefined);
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
      {refused && (
        <Alert kind="error" heading={t('meeting:workspace.refusedHeading')} role="alert">
          <p>{refused}</p>
        </Alert>
      )}
      {fromFile && (
        <Alert
          kind={fromFile.notices.length > 0 || fromFile.how === 'kept' ? 'warning' : 'success'}
          heading={openedHeading(fromFile.how, fromFile.name || t('meeting:workspace.unnamed'), t)}
          role="status"
        >
          {fromFile.notices.length > 0 && (
            <ul>
              {fromFile.notices.map((notice, i) => (
                <li key={i}>{workshopNoticeText(notice, t, file.plan)}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
    </div>
  );
}
