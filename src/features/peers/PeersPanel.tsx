import { lazy, Suspense, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Field } from '../plan/Field';
import type { PeerPack } from '../../../questions/peer-pack-schema';
import type { SectionScore } from '../../../scoring';
import { Alert } from '../../components/Alert';
import { packProblemText } from '../../format/peer-text';
import { maxImportBytes } from '../transfer/incoming';
import { setLoadedPack, useLoadedPack } from './loaded-pack';

// The pack's reader (with its schema) and the figures load when a pack is chosen.
const PeerFigures = lazy(() => import('./PeerFigures'));

type Loaded = { notices: string[] } | { error: string };

/** Reads a chosen pack file: the pack and what reading it changed, or why it cannot be used, in one line. */
async function readChosenPack(
  file: File,
  t: TFunction,
): Promise<{ pack: PeerPack; notices: string[] } | { error: string }> {
  if (file.size > maxImportBytes)
    return { error: packProblemText({ code: 'too-large', limit: maxImportBytes / 1024 / 1024 }, t) };
  const text = await file.text().catch(() => undefined);
  if (text === undefined) return { error: packProblemText({ code: 'unreadable' }, t) };
  const [{ readPeerPack }, { bank }, { packNoticeText }] = await Promise.all([
    import('../../../questions/peer-pack'),
    import('../../../questions'),
    import('../../format/peer-text'),
  ]);
  const reading = readPeerPack(text, bank);
  return reading.ok
    ? { pack: reading.pack, notices: reading.notices.map((n) => packNoticeText(n, t)) }
    : { error: packProblemText(reading.problem, t) };
}

/**
 * "Organisationer som jer": a peer pack from a network or a consultant, loaded from a file and read in the page,
 * sets the organisation beside organisations like it. A pack that cannot be used is refused with one line; nothing
 * of the answers changes either way.
 */
export function PeersPanel({ scores }: { scores: readonly SectionScore[] }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded>();
  // Kept for the visit, so the figures are still here after a visit to the plan, and in the PDF and Word document.
  const pack = useLoadedPack();
  const refuse = (error: string) => {
    // A refused pack takes the place of the one before: figures under a refusal would be read as the new pack's.
    setLoadedPack(undefined);
    setLoaded({ error });
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const read = await readChosenPack(file, t);
    if ('error' in read) return refuse(read.error);
    setLoadedPack(read.pack);
    setLoaded({ notices: read.notices });
  };
  return (
    <section aria-labelledby="peers-heading">
      <h3 id="peers-heading">{t('series:peers.heading')}</h3>
      <details className="parat-details parat-no-print" open={loaded !== undefined || pack !== undefined || undefined}>
        <summary>{t('series:peers.open')}</summary>
        <Field id="peer-pack" label={t('series:peers.label')} hint={t('series:peers.hint')}>
          <input
            className="form-file-input parat-file"
            id="peer-pack"
            type="file"
            accept=".json,application/json"
            aria-describedby="peer-pack-hint"
            onChange={(event) => void choose(event.target.files?.[0])}
          />
        </Field>
      </details>
      {loaded && 'error' in loaded && (
        <Alert kind="error" heading={t('series:peers.refused')} role="alert">
          <p>{loaded.error}</p>
        </Alert>
      )}
      <Suspense fallback={null}>
        {pack && (
          <PeerFigures pack={pack} notices={loaded && 'notices' in loaded ? loaded.notices : []} scores={scores} />
        )}
      </Suspense>
    </section>
  );
}
