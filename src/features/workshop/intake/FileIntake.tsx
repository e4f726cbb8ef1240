import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Admission } from './admit';
import { IntakeProgress } from './IntakeProgress';
import type { Arrival } from './jobs';
import { readFilesOffPage, startWorker } from './off-page';

/**
 * The participants' answer files, chosen or dropped, read and checked away from the page (a thousand take under a
 * second), with a progress bar while they are read and a sentence announced when they start and when they are in.
 */
export function FileIntake({ take }: { take: (arrivals: readonly Arrival[]) => Admission }) {
  const { t } = useTranslation();
  const [dragging, setDragging] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [status, setStatus] = useState('');
  // Only the latest drop's progress is shown: two drops in a row would otherwise fight over the bar.
  const latest = useRef(0);
  useEffect(startWorker, []);

  const add = async (list: FileList | null) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    const job = (latest.current += 1);
    setProgress({ done: 0, total: files.length });
    setStatus(t('workshop:intake.reading', { count: files.length }));
    const arrivals = await readFilesOffPage(files, (done, total) => {
      if (job === latest.current) setProgress({ done, total });
    });
    const { added } = take(arrivals);
    if (job === latest.current) setProgress(undefined);
    setStatus(t('workshop:intake.read', { count: files.length, added: added.length }));
  };

  return (
    <div
      className={`parat-dropzone${dragging ? ' parat-dropzone-active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        void add(event.dataTransfer.files);
      }}
    >
      <label className="form-label" htmlFor="workshop-files">
        {t('workshop:filesLabel')}
      </label>
      <span className="form-hint" id="workshop-files-hint">
        {t('workshop:filesHint')}
      </span>
      <input
        className="form-file-input parat-file"
        id="workshop-files"
        type="file"
        multiple
        accept=".json,application/json"
        aria-describedby="workshop-files-hint"
        onChange={(event) => {
          void add(event.target.files);
          event.target.value = '';
        }}
      />
      {progress && (
        <IntakeProgress
          id="workshop-files-progress"
          label={t('workshop:intake.progress', progress)}
          progress={progress}
        />
      )}
      <p role="status" className="parat-intake-status">
        {status}
      </p>
    </div>
  );
}
