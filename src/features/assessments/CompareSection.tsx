import { useTranslation } from 'react-i18next';
import { FilesForSeries, type FileEntry } from './FilesForSeries';

/** Answers files added to compare, the count chosen, and the two ways to set the chosen side by side. */
export function CompareSection({
  files,
  selected,
  onSelect,
  onAddFiles,
  onShow,
}: {
  files: FileEntry[];
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  onAddFiles: (files: FileEntry[]) => void;
  onShow: (kind: 'trend' | 'units') => void;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="compare-chosen-heading" className="parat-archive-compare">
      <h2 id="compare-chosen-heading">{t('series:assessments.compareHeading')}</h2>
      <p>{t('series:assessments.compareLead')}</p>
      <FilesForSeries onAdd={onAddFiles} />
      {files.length > 0 && (
        <ul className="unstyled-list parat-archive-list">
          {files.map((f) => (
            <li key={f.id} className="form-group-checkbox">
              <input
                className="form-checkbox"
                type="checkbox"
                id={`select-${f.id}`}
                checked={selected.has(f.id)}
                onChange={(event) => onSelect(f.id, event.target.checked)}
              />
              <label className="form-label" htmlFor={`select-${f.id}`}>
                {f.assessment.label}
              </label>
            </li>
          ))}
        </ul>
      )}
      <p>{t('series:assessments.selected', { count: selected.size })}</p>
      <div className="parat-actions">
        <button type="button" className="button button-primary" onClick={() => onShow('trend')}>
          {t('series:assessments.trend')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => onShow('units')}>
          {t('series:assessments.units')}
        </button>
      </div>
    </section>
  );
}
