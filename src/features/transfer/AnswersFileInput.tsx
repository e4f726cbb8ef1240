import type { Incoming } from './incoming';

/**
 * A file picker for a `parat-answers` file: reads and checks the chosen file (refusing one over the size limit
 * without reading it) and hands on what it holds. `resetKey` clears the picker when it changes.
 */
export function AnswersFileInput({
  id,
  label,
  hint,
  resetKey,
  onIncoming,
}: {
  id: string;
  label: string;
  hint: string;
  resetKey: number;
  onIncoming: (incoming: Incoming) => void;
}) {
  const choose = async (file: File | undefined) => {
    if (!file) return;
    // Loaded when a file is chosen: the start page offers this picker, and most visits never use it.
    const { readAnswerFiles } = await import('./read-files');
    const [read] = await readAnswerFiles([file]);
    if (read) onIncoming(read.incoming);
  };
  return (
    <div className="form-group parat-no-print">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <span className="form-hint" id={`${id}-hint`}>
        {hint}
      </span>
      <input
        key={resetKey}
        className="form-file-input parat-file"
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        onChange={(event) => void choose(event.target.files?.[0])}
      />
    </div>
  );
}
