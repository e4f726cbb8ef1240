import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { bank } from '../../../../questions';
import { readCompact } from '../../../../questions/compact';
import { readIncoming } from '../../transfer/incoming';
import { readShareFragment } from '../../transfer/share-link';
import { AddByLinks } from '../AddByLinks';
import type { Participant } from '../participants';
import { ScanQr } from '../ScanQr';
import type { Admission } from './admit';
import { FileIntake } from './FileIntake';
import { InTurn } from './InTurn';
import type { Arrival } from './jobs';

/**
 * Every way answers reach the workshop: files (picker or drag-and-drop), pasted share links, scanned QR codes, and
 * respondents answering in turn in this browser.
 */
export function Intake({
  take,
  count,
  change,
}: {
  take: (arrivals: readonly Arrival[]) => Admission;
  count: number;
  change: (update: (current: Participant[]) => Participant[]) => void;
}) {
  const { t } = useTranslation();
  const addLinks = async (links: readonly { fragment: string; name?: string }[]) =>
    take(
      await Promise.all(
        links.map(async ({ fragment, name }, i) => ({
          label: name ?? t('workshop:links.label', { number: i + 1 }),
          ...(name ? { name } : {}),
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
  return (
    <>
      <FileIntake take={take} />
      <div className="parat-intake">
        <AddByLinks onLinks={addLinks} />
        <ScanQr onCode={addScanned} />
      </div>
      <InTurn count={count} change={change} />
    </>
  );
}
