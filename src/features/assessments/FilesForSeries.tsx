import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../scoring';
import { refusalText } from '../transfer/IncomingPreview';

/** Answers files added to compare, not kept: each one's name, and whether it is chosen. */
export interface FileEntry {
  id: string;
  assessment: Assessment;
}

/**
 * Answers files to set beside the saved assessments or each other, read in the page and not kept. A file that
 * cannot be read is named with the reason; the others are added, chosen.
 */
export function FilesForSeries({ onAdd }: { onAdd: (entries: FileEntry[]) => void }) {
  const { t } = useTranslation();
  const [refused, setRefused] = useState<string[]>([]);
  const [inputKey, setInputKey] = useState(0);
  const choose = async (files: File[]) => {
    const { readAnswerFiles } = await import('../transfer/read-files');
    const read = await readAnswerFiles(files);
    const stamp = Date.now();
    onAdd(
      read.flatMap((r, i) =>
        r.incoming.ok
          ? [
              {
                id: `file-${stamp}-${i}`,
                assessment: {
                  label: r.fileName,
                  file: r.incoming.file,
                  madeWith: r.incoming.preview.migratedFrom ?? r.incoming.file.bankVersion,
                },
              },
            ]
          : [],
      ),
    );
    setRefused(read.flatMap((r) => (r.incoming.ok ? [] : [`${r.fileName}: ${refusalText(r.incoming.problem, t)}`])));
    setInputKey((k) => k + 1);
  };
  return (
    <div className="form-group">
      <label className="form-label" htmlFor="series-files">
        {t('series:assessments.filesLabel')}
      </label>
      <span className="form-hint" id="series-files-hint">
        {t('series:assessments.filesHint')}
      </span>
      <input
        key={inputKey}
        className="form-file-input parat-file"
        id="series-files"
        type="file"
        multiple
        accept=".json,application/json"
        aria-describedby="series-files-hint"
        onChange={(event) => void choose([...(event.target.files ?? [])])}
      />
      {refused.length > 0 && (
        <ul role="alert" className="parat-refused">
          {refused.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
