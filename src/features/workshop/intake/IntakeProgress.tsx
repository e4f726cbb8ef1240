/**
 * How far reading has come, as a progress bar with its label (read out with its value when a screen reader reaches
 * it); the sentences to announce go to a status region of the caller's, which announces the start and the end.
 */
export function IntakeProgress({
  id,
  label,
  progress,
}: {
  id: string;
  label: string;
  progress: { done: number; total: number };
}) {
  return (
    <div className="parat-progress">
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      <progress id={id} max={Math.max(progress.total, 1)} value={progress.done}>
        {progress.done} / {progress.total}
      </progress>
    </div>
  );
}
