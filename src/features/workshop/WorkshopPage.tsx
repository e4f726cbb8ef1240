import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { combine } from '../../../scoring';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { DownloadPdfButton } from '../results/DownloadPdfButton';
import { GroupPlanDialog } from '../plan/GroupPlanDialog';
import { readAnswerFiles } from '../transfer/read-files';
import { readShareFragment } from '../transfer/share-link';
import { readCompact } from '../../../questions/compact';
import { readIncoming, type Incoming } from '../transfer/incoming';
import { AddByLinks } from './AddByLinks';
import { ScanQr } from './ScanQr';
import { RefusedAlert } from '../transfer/IncomingPreview';
import { useStore } from '../../state/context';
import { datedName, downloadText } from '../../state/download';
import { browserStorage, discardUnreadable as discardKept } from '../../state/storage';
import {
  collidingNames,
  isNamed,
  loadParticipants,
  nameFromAnswers,
  nameKey,
  repeatFinder,
  saveParticipants,
  unreadableParticipantsKey,
  type Participant,
} from './participants';
import { Projector } from './Projector';
import { WorkshopResultView } from './WorkshopResultView';

/** Answers that arrived for the workshop, named by their file or as the nth link or code. */
interface Arrival {
  label: string;
  source: 'file' | 'link';
  incoming: Incoming;
}

/**
 * A workshop: the consultant loads the participants' answer files (picker or drag-and-drop), pasted share links or
 * scanned QR codes, or respondents answer in turn in this browser, and sees the group's score per category and area
 * beside the participants' mean and spread, where they disagree most, and the group's recommendations. The
 * participants are kept in this browser; nothing is sent.
 */
export function WorkshopPage() {
  const { t } = useTranslation();
  const store = useStore();
  const [{ participants, unreadable, newer, kept }, setLoaded] = useState(() => ({
    ...loadParticipants(browserStorage()),
    kept: true,
  }));
  // A thousand files with long notes can fill the browser's storage: the participants then live only in the tab.
  // Nothing is saved over data that could not be read and was not copied aside, nor over a newer Parat's.
  const setParticipants = (update: (current: Participant[]) => Participant[]) =>
    setLoaded((loaded) => {
      const next = update(loaded.participants);
      return { ...loaded, participants: next, kept: loaded.writable && saveParticipants(browserStorage(), next) };
    });
  const discardUnreadable = () => {
    discardKept(browserStorage(), unreadableParticipantsKey);
    setLoaded((loaded) => ({ ...loaded, unreadable: undefined }));
  };
  const [respondent, setRespondent] = useState('');
  const [refused, setRefused] = useState<(Arrival & { incoming: Extract<Incoming, { ok: false }> })[]>([]);
  const [repeated, setRepeated] = useState<{ label: string; as: string }[]>([]);
  // The participants as they are now, for files read after a wait: two drops in a row must see each other.
  const latest = useRef(participants);
  useEffect(() => {
    latest.current = participants;
  }, [participants]);
  const [anonymous, setAnonymous] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const closeProjector = useCallback(() => setPresenting(false), []);
  const wasPresenting = useRef(false);
  // After the presentation, focus returns to the button that started it.
  useEffect(() => {
    if (!presenting && wasPresenting.current) document.getElementById('workshop-present')?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);
  // The group's organisation, where every participant names the same one.
  const names = new Set(participants.map((p) => p.file.answers['organisation-name']?.trim() ?? ''));
  const organisation = names.size === 1 ? [...names][0] || undefined : undefined;
  const workshop = useMemo(
    () =>
      participants.length > 0
        ? combine(
            bank,
            participants.map((p) => p.file.answers),
          )
        : undefined,
    [participants],
  );

  /**
   * Adds what arrived by file, link or QR code: each refused one with its reason, each repeat of a participant
   * already here with a message, the rest as participants named after who answered. Returns who was added.
   */
  const take = (arrivals: readonly Arrival[]) => {
    setRefused(arrivals.flatMap((a) => (a.incoming.ok ? [] : [{ ...a, incoming: a.incoming }])));
    const added: Participant[] = [];
    const again: { label: string; as: string }[] = [];
    const repeats = repeatFinder(latest.current);
    arrivals.forEach((a, i) => {
      if (!a.incoming.ok) return;
      const same = repeats.find(a.incoming.file);
      if (same) again.push({ label: a.label, as: same.name });
      else {
        const participant = {
          key: `${Date.now()}-${i}`,
          name: nameFromAnswers(a.incoming.file, a.label),
          file: a.incoming.file,
        };
        added.push(participant);
        repeats.add(participant);
      }
    });
    setRepeated(again);
    if (added.length > 0) setParticipants((current) => [...current, ...added]);
    latest.current = [...latest.current, ...added];
    return { added, again };
  };
  const add = async (files: FileList | null) =>
    take(
      (await readAnswerFiles([...(files ?? [])])).map((r) => ({
        label: r.fileName,
        source: 'file' as const,
        incoming: r.incoming,
      })),
    );
  const addLinks = async (fragments: readonly string[]) =>
    take(
      await Promise.all(
        fragments.map(async (fragment, i) => ({
          label: t('workshop:links.label', { number: i + 1 }),
          source: 'link' as const,
          incoming: await readShareFragment(fragment),
        })),
      ),
    );
  const scanned = useRef(0);
  /** A code read by the camera: added like a file, and what happened said in one sentence for the scanner to announce. */
  const addScanned = (text: string, frameAt: number) => {
    const code = readCompact(text, bank);
    if (!code.ok) return t(`workshop:scan.problems.${code.problem}`);
    const json = JSON.stringify(code.file);
    scanned.current += 1;
    const { added, again } = take([
      {
        label: t('workshop:scan.label', { number: scanned.current }),
        source: 'link',
        incoming: readIncoming(json, json.length),
      },
    ]);
    // Read by `npm run bench`: from the camera's frame to the participant added.
    performance.measure('parat-scan-to-participant', { start: frameAt });
    const [first] = added;
    if (first) return t('workshop:scan.added', { name: first.name });
    return again[0] ? t('workshop:scan.again', { name: again[0].as }) : t('workshop:scan.refused');
  };
  const nameOf = (p: Participant, index: number) =>
    anonymous || !p.name.trim() ? t('workshop:anonymous', { number: index + 1 }) : p.name;
  const addOwnAnswers = () => {
    const file = store.toFile();
    const typed = respondent.trim();
    const name = typed || nameFromAnswers(file, t('workshop:anonymous', { number: participants.length + 1 }));
    setParticipants((current) => [
      ...current,
      { key: `${Date.now()}-own`, name, file, ...(typed ? { named: true } : {}) },
    ]);
    setRespondent('');
  };
  const rename = (key: string, name: string) =>
    setParticipants((current) => current.map((p) => (p.key === key ? { ...p, name, named: true } : p)));
  const colliding = collidingNames(participants);

  return (
    <>
      <PageHeading>{t('workshop:heading')}</PageHeading>
      <p className="font-lead">{t('workshop:lead')}</p>
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
      </div>
      <div className="parat-intake">
        <AddByLinks onLinks={addLinks} />
        <ScanQr onCode={addScanned} />
      </div>
      <section aria-labelledby="in-turn-heading">
        <h2 id="in-turn-heading">{t('workshop:inTurnHeading')}</h2>
        <p>{t('workshop:inTurnHint')}</p>
        <div className="form-group">
          <label className="form-label" htmlFor="workshop-respondent">
            {t('workshop:respondentLabel')}
          </label>
          <input
            className="form-input"
            id="workshop-respondent"
            maxLength={300}
            value={respondent}
            onChange={(event) => setRespondent(event.target.value)}
          />
        </div>
        <button type="button" className="button button-secondary" onClick={addOwnAnswers}>
          {t('workshop:addOwn')}
        </button>
      </section>
      {unreadable && (
        <Alert kind="warning" heading={newer ? t('workshop:newerHeading') : t('workshop:droppedHeading')} role="alert">
          <p>
            {newer
              ? t('workshop:newer')
              : unreadable.dropped === undefined
                ? t('workshop:droppedAll')
                : t('workshop:dropped', { count: unreadable.dropped })}
          </p>
          <div className="parat-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                downloadText(
                  datedName(t('files.savedParticipantsStem'), 'txt', new Date().toISOString()),
                  unreadable.raw,
                  'text/plain',
                )
              }
            >
              {t('storage.downloadRaw')}
            </button>
            {!newer && (
              <button type="button" className="button button-tertiary" onClick={discardUnreadable}>
                {t('storage.discard')}
              </button>
            )}
          </div>
        </Alert>
      )}
      {!kept && !newer && (
        <Alert kind="warning" heading={t('workshop:notKeptHeading')} role="alert">
          <p>{t('workshop:notKept')}</p>
        </Alert>
      )}
      {repeated.length > 0 && (
        <Alert kind="warning" heading={t('workshop:repeatedHeading', { count: repeated.length })} role="alert">
          <ul className="nobullet-list">
            {repeated.map((r) => (
              <li key={r.label}>{t('workshop:repeated', { file: r.label, name: r.as })}</li>
            ))}
          </ul>
        </Alert>
      )}
      {refused.map((r) => (
        <div key={r.label}>
          <p className="parat-refused-file">{r.label}</p>
          <RefusedAlert problem={r.incoming.problem} source={r.source} />
        </div>
      ))}

      {presenting && workshop && <Projector workshop={workshop} onClose={closeProjector} />}
      {participants.length > 0 && workshop && (
        <>
          <div className="parat-actions">
            <button
              type="button"
              id="workshop-present"
              className="button button-primary"
              onClick={() => {
                // Full screen is asked for in the click, as browsers require, and the projector opens once it is
                // granted or refused, so that it stands above the full-screen page in the browser's top layer.
                const fullscreen = document.documentElement.requestFullscreen?.() ?? Promise.resolve();
                void fullscreen.catch(() => undefined).then(() => setPresenting(true));
              }}
            >
              {t('workshop:present')}
            </button>
            <DownloadPdfButton workshop={workshop} />
            <GroupPlanDialog workshop={workshop} {...(organisation ? { organisation } : {})} />
          </div>
          <h2>{t('workshop:participantsHeading', { count: participants.length })}</h2>
          <div className="form-group-checkbox">
            <input
              className="form-checkbox"
              type="checkbox"
              id="workshop-anonymous"
              checked={anonymous}
              onChange={(e) => setAnonymous(e.target.checked)}
            />
            <label htmlFor="workshop-anonymous">{t('workshop:anonymise')}</label>
          </div>
          <ul className="nobullet-list parat-participants">
            {participants.map((p, index) => {
              const number = index + 1;
              const problem = anonymous
                ? undefined
                : colliding.has(nameKey(p.name))
                  ? t('workshop:nameCollides')
                  : !isNamed(p)
                    ? t('workshop:nameMissing')
                    : undefined;
              return (
                <li key={p.key}>
                  {anonymous ? (
                    <span>{nameOf(p, index)}</span>
                  ) : (
                    <div className="form-group">
                      <label className="form-label" htmlFor={`participant-${p.key}`}>
                        {t('workshop:nameLabel', { number })}
                      </label>
                      {problem && (
                        <span className="form-hint" id={`participant-${p.key}-hint`}>
                          {problem}
                        </span>
                      )}
                      <input
                        className="form-input"
                        id={`participant-${p.key}`}
                        maxLength={120}
                        value={p.name}
                        {...(problem ? { 'aria-describedby': `participant-${p.key}-hint` } : {})}
                        onChange={(event) => rename(p.key, event.target.value)}
                      />
                    </div>
                  )}
                  <button
                    type="button"
                    className="button button-tertiary"
                    onClick={() => setParticipants((current) => current.filter((x) => x.key !== p.key))}
                  >
                    {t('workshop:remove')}
                    <span className="sr-only"> {nameOf(p, index)}</span>
                  </button>
                </li>
              );
            })}
          </ul>

          <WorkshopResultView workshop={workshop} />
        </>
      )}
    </>
  );
}
