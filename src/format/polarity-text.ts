import type { TFunction } from 'i18next';
import type { ScoredKind } from '../../scoring';

/** »højere er mere pres« or »højere er bedre«: which way is good for a kind of score, said wherever it is shown. */
export const polarityText = (kind: ScoredKind, t: TFunction) =>
  kind === 'maturity-area' ? t('meeting:deck.higherBetter') : t('meeting:deck.higherPressure');
