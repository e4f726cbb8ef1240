import { packAboutText, peerLeadText, peerMissingText, peerReasonText } from '../../format/peer-text';
import { scoreFigure } from '../../format/score-text';
import type { Block, Chapter } from '../blocks';
import type { ReportInput } from '../input';

/**
 * "Organisationer som jer", beside the national figures, when a peer pack was loaded: per area the organisation's
 * score, the median and middle half of organisations like it, and n; or why the pack has nothing for it.
 */
export function peersChapter(input: ReportInput): Chapter | undefined {
  const { peers, t, language } = input;
  if (!peers) return undefined;
  const { pack, comparison } = peers;
  const about = packAboutText(pack, t, language).map((text): Block => ({ kind: 'paragraph', text, style: 'muted' }));
  if (!comparison.ok)
    return {
      title: t('series:peers.heading'),
      newPage: false,
      blocks: [{ kind: 'paragraph', text: peerReasonText(comparison, t) }, ...about],
    };
  const missing = peerMissingText(comparison.missing, pack.minimum, t);
  return {
    title: t('series:peers.heading'),
    newPage: false,
    blocks: [
      { kind: 'paragraph', text: `${peerLeadText(comparison, pack, t)} ${t('series:polarity')}` },
      {
        kind: 'table',
        table: {
          head: [
            t('series:table.area'),
            t('series:peers.yours'),
            t('series:peers.median'),
            t('series:peers.middleHalf'),
            t('series:peers.n'),
          ],
          body: comparison.areas.map((a) => [
            t(`bank:sections.${a.sectionId}.title`),
            scoreFigure(t, a.value),
            String(Math.round(a.median)),
            t('series:peers.range', { q1: Math.round(a.q1), q3: Math.round(a.q3) }),
            String(a.n),
          ]),
        },
      },
      ...(missing ? [{ kind: 'paragraph' as const, text: missing }] : []),
      ...about,
    ],
  };
}
