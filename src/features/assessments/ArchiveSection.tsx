import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/Alert';
import { formatDate } from '../../format/locale';
import { organisationTitle } from '../../format/organisation-title';
import { datedName, downloadText } from '../../state/download';
import type { ArchivedAssessment } from './archive-entries';
import { ArchivedEntry } from './ArchivedEntry';
import type { ArchiveState } from './use-archive';

/**
 * The finished assessments in this browser, one section per organisation and unit; or that there are none, that
 * the browser keeps none, or that some cannot be read (each then offered as a file, never deleted).
 */
export const ArchiveSection = memo(function ArchiveSection({
  state,
  selected,
  onSelect,
  onDelete,
}: {
  state: ArchiveState;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  onDelete: (entry: ArchivedAssessment) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {state.status === 'loading' && <p>{t('series:assessments.loading')}</p>}
      {state.status === 'unavailable' && (
        <Alert kind="warning" heading={t('series:assessments.unavailableHeading')}>
          <p>{t('series:assessments.unavailable')}</p>
        </Alert>
      )}
      {state.status === 'ready' && state.unreadable.length > 0 && (
        <Alert kind="warning" heading={t('series:assessments.unreadableHeading', { count: state.unreadable.length })}>
          <p>{t('series:assessments.unreadable')}</p>
          <div className="parat-actions">
            {state.unreadable.map((record) => (
              <button
                key={record.id}
                type="button"
                className="button button-tertiary"
                onClick={() =>
                  downloadText(
                    datedName(t('app:files.savedDataStem'), 'txt', record.archivedAt),
                    record.text,
                    'text/plain',
                  )
                }
              >
                {t('series:assessments.downloadUnreadable', {
                  date: formatDate(record.archivedAt, i18n.language, true) ?? record.id,
                })}
              </button>
            ))}
          </div>
        </Alert>
      )}
      {state.status === 'ready' && state.groups.length === 0 && <p>{t('series:assessments.empty')}</p>}
      {state.status === 'ready' &&
        state.groups.map((group, index) => (
          <section key={group.key} aria-labelledby={`archive-group-${index}`} className="parat-archive-group">
            <h2 id={`archive-group-${index}`}>
              {organisationTitle({ 'organisation-name': group.organisation, unit: group.unit }) ?? t('series:unnamed')}
            </h2>
            <ul className="unstyled-list parat-archive-list">
              {group.entries.map((entry) => (
                <ArchivedEntry
                  key={entry.id}
                  entry={entry}
                  selected={selected.has(entry.id)}
                  onSelect={(on) => onSelect(entry.id, on)}
                  onDelete={() => onDelete(entry)}
                />
              ))}
            </ul>
          </section>
        ))}
    </>
  );
});
