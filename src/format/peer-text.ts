import type { TFunction } from 'i18next';
import type { PackNotice, PackProblem, PeerPack } from '../../questions/peer-pack';
import type { PeerArea, PeerComparison, PeerSegment } from '../../scoring';
import { intlLocale } from './locale';

/** A segment in words: "kommuner", "kommuner med 500-1.999 ansatte". */
export const segmentText = (segment: PeerSegment, t: TFunction) => {
  const sector = t(`series:peers.sectors.${segment.sector}`);
  return segment.size
    ? t('series:peers.segmentWithSize', { sector, size: t(`series:peers.sizes.${segment.size}`) })
    : t('series:peers.segment', { sector });
};

/** A month of a pack (YYYY-MM) as a reader writes it: november 2026, November 2026. */
const monthText = (month: string, language: string) => {
  const date = new Date(`${month}-01T12:00:00Z`);
  return Number.isNaN(date.getTime())
    ? month
    : new Intl.DateTimeFormat(intlLocale(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
};

const makerOf = (pack: PeerPack, t: TFunction) => pack.madeBy || t('series:peers.unknownMaker');

/** The months the pack's answers were saved in: one month once ("i oktober 2026"), else from one to the other. */
function periodText(period: { from: string; to: string }, t: TFunction, language: string) {
  const [from, to] = [monthText(period.from, language), monthText(period.to, language)];
  return from === to ? t('series:peers.periodOneMonth', { month: from }) : t('series:peers.period', { from, to });
}

/** Who made the pack, when, from how many, for which bank, with what minimum; and the months the answers span. */
export function packAboutText(pack: PeerPack, t: TFunction, language: string): string[] {
  return [
    t('series:peers.about', {
      maker: makerOf(pack, t),
      month: monthText(pack.madeIn, language),
      files: pack.files,
      bankVersion: pack.bankVersion,
      minimum: pack.minimum,
    }),
    ...(pack.period ? [periodText(pack.period, t, language)] : []),
  ];
}

/** The line above the figures: which organisations they are, from whose pack, and how many. */
export const peerLeadText = (comparison: Extract<PeerComparison, { ok: true }>, pack: PeerPack, t: TFunction) =>
  t('series:peers.lead', { segment: segmentText(comparison.segment, t), maker: makerOf(pack, t), n: comparison.n });

/** Why a pack shows nothing beside this organisation. */
export const peerReasonText = (comparison: Extract<PeerComparison, { ok: false }>, t: TFunction) =>
  comparison.reason === 'no-sector'
    ? t('series:peers.reasons.no-sector')
    : t('series:peers.reasons.no-segment', {
        sector: comparison.sector ? t(`series:peers.sectors.${comparison.sector}`) : '',
        minimum: comparison.minimum,
      });

/** One area beside the segment: your score, the median, the middle half and n. */
export const peerAreaText = (area: PeerArea, t: TFunction) =>
  t('series:peers.area', {
    title: t(`bank:sections.${area.sectionId}.title`),
    value: area.value === null ? t('app:results.noScore') : Math.round(area.value),
    median: Math.round(area.median),
    q1: Math.round(area.q1),
    q3: Math.round(area.q3),
    n: area.n,
  });

/** The areas with a score here that the segment has no figure for, and why. */
export const peerMissingText = (missing: readonly string[], minimum: number, t: TFunction) =>
  missing.length === 0
    ? undefined
    : t('series:peers.missing', {
        count: missing.length,
        list: missing.map((id) => t(`bank:sections.${id}.title`)).join(', '),
        minimum,
      });

/** Why a pack was refused, in one line. */
export const packProblemText = (
  problem: PackProblem | { code: 'too-large'; limit: number } | { code: 'unreadable' },
  t: TFunction,
) => {
  const { code, ...details } = problem;
  return t(`series:peers.problems.${code}`, details);
};

/** What reading a pack changed, each in a sentence. */
export const packNoticeText = (notice: PackNotice, t: TFunction) => {
  const { code, ...details } = notice;
  return t(`series:peers.notices.${code}`, 'ids' in details ? { ids: details.ids.join(', ') } : details);
};
