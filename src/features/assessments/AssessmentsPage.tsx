import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../scoring';
import { PageHeading } from '../../components/PageHeading';
import { organisationTitle } from '../../format/organisation-title';
import { asAssessment, type ArchivedAssessment } from './archive-entries';
import { entryDate } from './ArchivedEntry';
import { ArchiveSection } from './ArchiveSection';
import { CompareSection } from './CompareSection';
import { DeleteDialog } from './DeleteDialog';
import type { FileEntry } from './FilesForSeries';
import { useArchive } from './use-archive';

// The trend and the units view, with their charts and tables, load once two assessments are chosen, so the view
// does not wait for its chunk when asked for.
const loadSeriesView = () => import('./SeriesView');
const SeriesView = lazy(loadSeriesView);

/**
 * "Jeres vurderinger": the finished assessments kept in this browser, by organisation, unit and date, to read,
 * download or delete (asking first); and any of them, with answers files added here, set side by side as a trend
 * or as units. A stored copy that cannot be read is kept and offered as a file.
 */
export function AssessmentsPage() {
  const { t, i18n } = useTranslation();
  const { state, reload } = useArchive();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [files, setFiles] = useState<FileEntry[]>([]);
  const [view, setView] = useState<{ kind: 'trend' | 'units'; assessments: Assessment[] }>();
  const [deleting, setDeleting] = useState<ArchivedAssessment>();
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const focusStatus = useRef(false);
  const comparable = selected.size >= 2;
  useEffect(() => {
    if (comparable) void loadSeriesView();
  }, [comparable]);
  const entries = state.status === 'ready' ? state.groups.flatMap((g) => g.entries) : [];
  const choose = (id: string, on: boolean) =>
    setSelected((current) => new Set([...current].filter((x) => x !== id).concat(on ? [id] : [])));
  const chosen = (): Assessment[] => [
    ...entries
      .filter((e) => selected.has(e.id))
      // Named in messages by its unit and date, as the list shows it.
      .map((e) => asAssessment(e, e.unit ? `${e.unit} (${entryDate(e, i18n.language)})` : entryDate(e, i18n.language))),
    ...files.filter((f) => selected.has(f.id)).map((f) => f.assessment),
  ];
  const deleteTarget = (entry: ArchivedAssessment) => ({
    name: organisationTitle(entry.file.answers) ?? t('series:unnamed'),
    date: entryDate(entry, i18n.language),
  });
  const remove = async () => {
    if (!deleting || state.status !== 'ready') return;
    const date = entryDate(deleting, i18n.language);
    await state.archive.remove(deleting.id).catch(() => undefined);
    setDeleting(undefined);
    choose(deleting.id, false);
    reload();
    setStatus(t('series:assessments.deleted', { date }));
    focusStatus.current = true;
  };
  // The button that opened the dialog goes with the entry: once the dialog has closed (its effect runs before this
  // one), focus goes to the message saying what happened, not to the top of the page.
  useEffect(() => {
    if (!focusStatus.current || deleting) return;
    focusStatus.current = false;
    statusRef.current?.focus();
  }, [status, deleting]);

  return (
    <>
      <PageHeading>{t('series:assessments.heading')}</PageHeading>
      <p className="lead">{t('series:assessments.lead')}</p>
      <p role="status" ref={statusRef} tabIndex={-1}>
        {status}
      </p>
      <ArchiveSection state={state} selected={selected} onSelect={choose} onDelete={setDeleting} />
      <CompareSection
        files={files}
        selected={selected}
        onSelect={choose}
        onAddFiles={(added) => {
          setFiles((current) => [...current, ...added]);
          setSelected((current) => new Set([...current, ...added.map((f) => f.id)]));
        }}
        onShow={(kind) => setView({ kind, assessments: chosen() })}
      />

      <Suspense fallback={null}>{view && <SeriesView kind={view.kind} assessments={view.assessments} />}</Suspense>

      <DeleteDialog
        {...(deleting ? { target: deleteTarget(deleting) } : {})}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(undefined)}
      />
    </>
  );
}
