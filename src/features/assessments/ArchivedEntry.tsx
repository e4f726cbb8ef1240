import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { assess } from '../../../scoring';
import { DataTable } from '../../components/DataTable';
import { formatDate } from '../../format/locale';
import { answersFileNameParts } from '../../format/organisation-title';
import { scoreFigure } from '../../format/score-text';
import { datedName, downloadText } from '../../state/download';
import type { ArchivedAssessment } from './archive-entries';

/** When an archived assessment was saved, in words: the answers file's own time, else when it was archived. */
export const entryDate = (entry: ArchivedAssessment, language: string) =>
  formatDate(entry.file.savedAt ?? entry.archivedAt, language) ?? entry.archivedAt;

/**
 * One finished assessment in the list: a box to choose it, its scores read-only on request, and the file it was
 * saved as. Deleting asks first, in the page's dialog.
 */
export function ArchivedEntry({
  entry,
  selected,
  onSelect,
  onDelete,
}: {
  entry: ArchivedAssessment;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDelete: () => void;
}) {
  const { t, i18n } = useTranslation();
  const date = entryDate(entry, i18n.language);
  // Scored only when opened: the list re-renders with every choice, and most entries are never opened.
  const [open, setOpen] = useState(false);
  const download = () =>
    downloadText(
      datedName(
        t('app:files.answersStem'),
        'json',
        entry.file.savedAt ?? entry.archivedAt,
        answersFileNameParts(entry.file.answers),
      ),
      JSON.stringify(entry.file, null, 2),
      'application/json',
    );
  return (
    <li className="parat-archive-entry">
      <div className="parat-archive-row">
        <div className="form-group-checkbox">
          <input
            className="form-checkbox"
            type="checkbox"
            id={`select-${entry.id}`}
            checked={selected}
            onChange={(event) => onSelect(event.target.checked)}
          />
          <label className="form-label" htmlFor={`select-${entry.id}`}>
            {date}
            {entry.madeWith !== bank.version && (
              <span className="parat-block parat-small">
                {t('series:assessments.madeWith', { version: entry.madeWith })}
              </span>
            )}
          </label>
        </div>
        <div className="parat-actions">
          <button type="button" className="button button-tertiary" onClick={download}>
            {t('series:assessments.download')}
            <span className="sr-only"> {date}</span>
          </button>
          <button type="button" className="button button-tertiary" onClick={onDelete}>
            {t('series:assessments.delete')}
            <span className="sr-only"> {date}</span>
          </button>
        </div>
      </div>
      <details className="parat-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>
          {t('series:assessments.open')}
          <span className="sr-only"> {date}</span>
        </summary>
        {open && <EntryDetails entry={entry} date={date} />}
      </details>
    </li>
  );
}

/** An archived assessment read-only: each area's score, and its plan's actions with their status. */
function EntryDetails({ entry, date }: { entry: ArchivedAssessment; date: string }) {
  const { t } = useTranslation();
  const scores = assess(bank, entry.file.answers).scores.filter((s) => s.shown > 0);
  const actions = Object.values(entry.file.plan ?? {});
  return (
    <>
      <DataTable
        label={t('series:assessments.scores', { date })}
        head={[t('series:table.area'), t('series:table.score')]}
      >
        {scores.map((s) => (
          <tr key={s.sectionId}>
            <th scope="row">{t(`bank:sections.${s.sectionId}.title`)}</th>
            <td>{scoreFigure(t, s.value)}</td>
          </tr>
        ))}
      </DataTable>
      {actions.length > 0 && (
        <ul>
          {actions.map((action, i) => (
            <li key={i}>
              {t('series:assessments.action', { title: action.title, status: t(`plan:status.${action.status}`) })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
