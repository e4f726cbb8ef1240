import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../questions';
import { combine } from '../../../scoring';
import { Alert } from '../../components/Alert';
import { PageHeading } from '../../components/PageHeading';
import { TableScroll } from '../../components/TableScroll';
import { DownloadPdfButton } from '../results/DownloadPdfButton';
import { DistributionChart } from '../results/DistributionChart';
import { RecommendationList } from '../results/RecommendationList';
import { maxImportBytes, readIncoming, type Incoming } from '../transfer/incoming';
import { RefusedAlert } from '../transfer/IncomingPreview';
import { useStore } from '../../state/context';
import { browserStorage } from '../../state/storage';
import { loadParticipants, saveParticipants, type Participant } from './participants';
import { Presentation } from './Presentation';
import { answerCounts } from '../../format/answer-counts';

// The points most worth a discussion; the command line's --json has them all.
const discussionPoints = 5;
const round = (value: number | null) => (value === null ? '–' : String(Math.round(value)));

/**
 * A workshop: the consultant loads the participants' answer files (picker or drag-and-drop), or respondents answer
 * in turn in this browser, and sees the mean and spread per category and area, where the participants disagree
 * most, and the group's recommendations. The participants are kept in this browser; nothing is sent.
 */
export function WorkshopPage() {
  const { t } = useTranslation();
  const store = useStore();
  const [{ participants, dropped }, setLoaded] = useState(() => loadParticipants(browserStorage()));
  const setParticipants = (update: (current: Participant[]) => Participant[]) =>
    setLoaded((loaded) => {
      const next = update(loaded.participants);
      saveParticipants(browserStorage(), next);
      return { participants: next, dropped: loaded.dropped };
    });
  const [respondent, setRespondent] = useState('');
  const [refused, setRefused] = useState<{ fileName: string; incoming: Extract<Incoming, { ok: false }> }[]>([]);
  const [anonymous, setAnonymous] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [presenting, setPresenting] = useState(false);
  const wasPresenting = useRef(false);
  // After the presentation, focus returns to the button that started it.
  useEffect(() => {
    if (!presenting && wasPresenting.current) document.getElementById('workshop-present')?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);
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

  const add = async (files: FileList | null) => {
    const read = await Promise.all(
      [...(files ?? [])].map(async (file) => ({
        fileName: file.name,
        incoming: readIncoming(file.size > maxImportBytes ? '' : await file.text(), file.size),
      })),
    );
    setRefused(read.flatMap((r) => (r.incoming.ok ? [] : [{ fileName: r.fileName, incoming: r.incoming }])));
    setParticipants((current) => [
      ...current,
      ...read.flatMap((r, i) =>
        r.incoming.ok
          ? [
              {
                key: `${Date.now()}-${i}`,
                name: r.incoming.file.answers['organisation-name']?.trim() || r.fileName,
                file: r.incoming.file,
              },
            ]
          : [],
      ),
    ]);
  };
  const nameOf = (p: Participant, index: number) =>
    anonymous ? t('workshop.anonymous', { number: index + 1 }) : p.name;
  const addOwnAnswers = () => {
    const name = respondent.trim() || t('workshop.anonymous', { number: participants.length + 1 });
    setParticipants((current) => [...current, { key: `${Date.now()}-own`, name, file: store.toFile() }]);
    setRespondent('');
  };

  return (
    <>
      <PageHeading>{t('workshop.heading')}</PageHeading>
      <p className="font-lead">{t('workshop.lead')}</p>
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
          {t('workshop.filesLabel')}
        </label>
        <span className="form-hint" id="workshop-files-hint">
          {t('workshop.filesHint')}
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
      <section aria-labelledby="in-turn-heading">
        <h2 id="in-turn-heading">{t('workshop.inTurnHeading')}</h2>
        <p>{t('workshop.inTurnHint')}</p>
        <div className="form-group">
          <label className="form-label" htmlFor="workshop-respondent">
            {t('workshop.respondentLabel')}
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
          {t('workshop.addOwn')}
        </button>
      </section>
      {dropped > 0 && (
        <Alert kind="warning" heading={t('workshop.droppedHeading')} role="alert">
          <p>{t('workshop.dropped', { count: dropped })}</p>
        </Alert>
      )}
      {refused.map((r) => (
        <div key={r.fileName}>
          <p className="parat-refused-file">{r.fileName}</p>
          <RefusedAlert problem={r.incoming.problem} source="file" />
        </div>
      ))}

      {presenting && workshop && <Presentation workshop={workshop} onClose={() => setPresenting(false)} />}
      {!presenting && participants.length > 0 && workshop && (
        <>
          <div className="parat-actions">
            <button
              type="button"
              id="workshop-present"
              className="button button-primary"
              onClick={() => setPresenting(true)}
            >
              {t('workshop.present')}
            </button>
            <DownloadPdfButton workshop={workshop} />
          </div>
          <h2>{t('workshop.participantsHeading', { count: participants.length })}</h2>
          <div className="form-group-checkbox">
            <input
              className="form-checkbox"
              type="checkbox"
              id="workshop-anonymous"
              checked={anonymous}
              onChange={(e) => setAnonymous(e.target.checked)}
            />
            <label htmlFor="workshop-anonymous">{t('workshop.anonymise')}</label>
          </div>
          <ul className="parat-participants">
            {participants.map((p, index) => (
              <li key={p.key}>
                <span>{nameOf(p, index)}</span>{' '}
                <button
                  type="button"
                  className="button button-tertiary"
                  onClick={() => setParticipants((current) => current.filter((x) => x.key !== p.key))}
                >
                  {t('workshop.remove')}
                  <span className="sr-only"> {nameOf(p, index)}</span>
                </button>
              </li>
            ))}
          </ul>

          <h2>{t('workshop.sectionsHeading')}</h2>
          <TableScroll label={t('workshop.sectionsHeading')}>
            <table className="table table--compact">
              <caption className="sr-only">{t('workshop.sectionsHeading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('results.table.area')}</th>
                  <th scope="col">{t('workshop.mean')}</th>
                  <th scope="col">{t('workshop.spread')}</th>
                  <th scope="col">{t('workshop.range')}</th>
                  <th scope="col">{t('workshop.scored')}</th>
                </tr>
              </thead>
              <tbody>
                {workshop.sections
                  .filter((s) => s.scored > 0)
                  .map((s) => (
                    <tr key={s.sectionId}>
                      <th scope="row">{t(`bank:sections.${s.sectionId}.title`)}</th>
                      <td>{round(s.mean)}</td>
                      <td>{round(s.spread)}</td>
                      <td>{t('workshop.rangeValue', { min: round(s.min), max: round(s.max) })}</td>
                      <td>{t('workshop.scoredValue', { scored: s.scored, total: workshop.participants })}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </TableScroll>

          <h2>{t('workshop.discussionHeading')}</h2>
          {workshop.discussion.length === 0 ? (
            <p>{t('workshop.agreement')}</p>
          ) : (
            <ol>
              {workshop.discussion.slice(0, discussionPoints).map((id) => {
                const question = workshop.questions.find((q) => q.questionId === id);
                return (
                  <li key={id}>
                    <p>{t(`questions:${id}.text`)}</p>
                    <p className="parat-source">{answerCounts(question?.counts ?? {}, t)}</p>
                  </li>
                );
              })}
            </ol>
          )}

          <h2>{t('workshop.groupHeading')}</h2>
          <p>{t('workshop.groupIntro')}</p>
          {workshop.group.recommendations.length > 0 ? (
            <RecommendationList recommendations={workshop.group.recommendations} gaps={[]} />
          ) : (
            <p>{t('results.summary.noRecommendations')}</p>
          )}

          <h2>{t('workshop.nationalHeading')}</h2>
          {bank.sections
            .filter((section) => section.questions.some((q) => q.type === 'scale' && q.benchmark))
            .map((section) => (
              <DistributionChart
                key={section.id}
                title={t(`bank:sections.${section.id}.title`)}
                items={workshop.group.benchmarks
                  .filter((b) => section.questions.some((q) => q.id === b.questionId))
                  .map((b) => ({
                    id: b.questionId,
                    label: t(`questions:${b.questionId}.short`),
                    national: b.national,
                    band: b.band,
                    answerText: t(`bank:options.${b.answer}`),
                  }))}
              />
            ))}

          <h2>{t('workshop.questionsHeading')}</h2>
          {workshop.sections
            .filter((s) => s.scored > 0)
            .map((s) => (
              <details key={s.sectionId} className="parat-details">
                <summary>{t(`bank:sections.${s.sectionId}.title`)}</summary>
                <TableScroll label={t(`bank:sections.${s.sectionId}.title`)}>
                  <table className="table table--compact">
                    <caption className="sr-only">{t(`bank:sections.${s.sectionId}.title`)}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('results.table.question')}</th>
                        <th scope="col">{t('workshop.meanPoints')}</th>
                        <th scope="col">{t('workshop.spread')}</th>
                        <th scope="col">{t('workshop.answers')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {workshop.questions
                        .filter((q) => q.sectionId === s.sectionId)
                        .map((q) => (
                          <tr key={q.questionId}>
                            <th scope="row">{t(`questions:${q.questionId}.short`)}</th>
                            <td>{q.mean === null ? '–' : q.mean.toFixed(1)}</td>
                            <td>{q.spread === null ? '–' : q.spread.toFixed(1)}</td>
                            <td>{answerCounts(q.counts, t)}</td>
                          </tr>
                        ))}
                    </tbody>
                  </table>
                </TableScroll>
              </details>
            ))}
        </>
      )}
    </>
  );
}
