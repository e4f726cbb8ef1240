import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
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
import { useArchive, type ArchiveState } from './use-archive';
import './assessments.css';

/** The assessments chosen, from this browser's list and from files added, each named as the list shows it. */
const chosenAssessments = (
  state: ArchiveState,
  files: readonly FileEntry[],
  selected: ReadonlySet<string>,
  language: string,
): Assessment[] => [
  ...(state.status === 'ready' ? state.groups.flatMap((g) => g.entries) : [])
    .filter((e) => selected.has(e.id))
    // Named by its date, as the list shows it under its organisation and unit, which messages give beside it.
    .map((e) => asAssessment(e, entryDate(e, language))),
  ...files.filter((f) => selected.has(f.id)).map((f) => f.assessment),
];

type SeriesViewModule = typeof import('./SeriesView');

/**
 * The trend and the units view, with their charts and tables, load once two assessments are chosen, so the view
 * does not wait for its chunk when asked for. Held as state rather than through lazy(), which would suspend the
 * view's first drawing for a turn even with the chunk already here.
 */
function useSeriesView(wanted: boolean) {
  const [module, setModule] = useState<SeriesViewModule>();
  useEffect(() => {
    // A chunk that cannot be fetched reloads the page for the new version (main.tsx); nothing more to do here.
    if (wanted && !module) import('./SeriesView').then(setModule, () => undefined);
  }, [wanted, module]);
  return module;
}

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
  // The view asked for, and how many times: each press of a button brings the view's heading into focus.
  const [view, setView] = useState<{ kind: 'trend' | 'units'; asked: number }>();
  const [deleting, setDeleting] = useState<ArchivedAssessment>();
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const focusStatus = useRef(false);
  const series = useSeriesView(selected.size >= 2 || view !== undefined);
  // Stable, so the list of assessments is not drawn again when a view is shown.
  const choose = useCallback(
    (id: string, on: boolean) =>
      setSelected((current) => new Set([...current].filter((x) => x !== id).concat(on ? [id] : []))),
    [],
  );
  const chosen = useMemo(
    () => chosenAssessments(state, files, selected, i18n.language),
    [state, files, selected, i18n.language],
  );
  // The view is of what is chosen, drawn in the background (deferred) as the choice changes, so ticking a box stays
  // quick and a deleted assessment leaves the view. Until a view is asked for, the trend is drawn ahead, hidden: a
  // click on "Vis udviklingen" then only reveals it. While it catches up with a change, it says it is busy.
  const ahead = useDeferredValue(chosen);
  const shown = view || ahead.length >= 2 ? { kind: view?.kind ?? 'trend', assessments: ahead } : undefined;
  const busy = view !== undefined && ahead !== chosen;
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
        onShow={(kind) => setView((current) => ({ kind, asked: (current?.asked ?? 0) + 1 }))}
      />

      {shown && series && (
        <div
          className={view ? 'parat-series-slot' : 'parat-series-slot parat-ahead'}
          aria-busy={busy || undefined}
          // A report asked for from a view still being redrawn would be of the earlier choice.
          inert={busy || undefined}
        >
          <series.default kind={shown.kind} assessments={shown.assessments} asked={view?.asked ?? 0} />
        </div>
      )}

      <DeleteDialog
        {...(deleting ? { target: deleteTarget(deleting) } : {})}
        onConfirm={() => void remove()}
        onClose={() => setDeleting(undefined)}
      />
    </>
  );
}
