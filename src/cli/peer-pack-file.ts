import { readFileSync, statSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { bank } from '../../questions';
import { readPeerPack, type PeerPack } from '../../questions/peer-pack';
import type { PeerComparison } from '../../scoring';
import { maxImportBytes } from '../features/transfer/incoming';
import {
  packAboutText,
  packNoticeText,
  packProblemText,
  peerAreaText,
  peerLeadText,
  peerMissingText,
  peerReasonText,
} from '../format/peer-text';

/** Reads a peer pack for `assess --benchmark`: the pack and what reading it changed, or one line saying why not. */
export function readPackFile(path: string, t: TFunction): { pack: PeerPack; notices: string[] } | { error: string } {
  let text: string;
  try {
    if (statSync(path).size > maxImportBytes)
      return { error: `${path}: ${packProblemText({ code: 'too-large', limit: maxImportBytes / 1024 / 1024 }, t)}` };
    text = readFileSync(path, 'utf8');
  } catch {
    return { error: `${path}: ${packProblemText({ code: 'unreadable' }, t)}` };
  }
  const reading = readPeerPack(text, bank);
  if (!reading.ok) return { error: `${path}: ${packProblemText(reading.problem, t)}` };
  return { pack: reading.pack, notices: reading.notices.map((n) => `${path}: ${packNoticeText(n, t)}`) };
}

/** The organisation beside organisations like it, for a terminal: the lead, each area, and what the pack lacks. */
export function peerLines(pack: PeerPack, comparison: PeerComparison, t: TFunction, language: string): string[] {
  const about = packAboutText(pack, t, language).map((line) => `  ${line}`);
  if (!comparison.ok) return [t('series:peers.heading'), `  ${peerReasonText(comparison, t)}`, ...about];
  const missing = peerMissingText(comparison.missing, pack.minimum, t);
  return [
    t('series:peers.heading'),
    `  ${peerLeadText(comparison, pack, t)} ${t('series:polarity')}`,
    ...comparison.areas.map((area) => `  ${peerAreaText(area, t)}`),
    ...(missing ? [`  ${missing}`] : []),
    ...about,
  ];
}
