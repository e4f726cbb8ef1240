import type { TFunction } from 'i18next';
import type { BenchmarkPosition } from '../../scoring';

/**
 * An answer beside the national figure, in words: the share in the same band, or, where the report does not give
 * "i nogen grad" on its own, the share of the rest it belongs to, called what it is.
 */
export const benchmarkText = (position: BenchmarkPosition, t: TFunction): string =>
  position.segment === 'rest'
    ? t('app:results.national.likeRest', { band: t(`bank:bands.${position.band}`), share: position.share })
    : t('app:results.national.like', { band: t(`bank:bands.${position.band}`), share: position.share });

/**
 * The same item in the organisation's own sector, in words, where the report gives a sector figure. Its words are
 * content strings, loaded with the results, so the start page does not carry them.
 */
export const sectorText = (position: BenchmarkPosition, t: TFunction): string | undefined =>
  position.sector &&
  t('report:sector.sentence', {
    item: t(`questions:${position.questionId}.short`),
    group: t(`report:sector.groups.${position.sector.sector}`),
    share: position.sector.high,
    all: position.national.high,
  });
