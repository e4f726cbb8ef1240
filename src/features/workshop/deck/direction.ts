import type { TFunction } from 'i18next';
import type { Polarity } from '../../../../questions/schema';
import type { ScoredKind } from '../../../../scoring';
import { polarityText } from '../../../format/polarity-text';

/** Which way is good for a kind of score: barrier pressure (higher is worse) or maturity (higher is better). */
export const polarityOf = (kind: ScoredKind) => (kind === 'maturity-area' ? 'maturity' : 'pressure');

/** »højere er mere pres« or »højere er bedre«, said on every slide that shows a score. */
export const directionText = polarityText;

/**
 * Which answer is better or worse for one question, in words that fit a count of answers (a question's slide shows
 * no score): »I høj grad« is the most pressure for a barrier, the worst for a barrier item in a maturity area (budget
 * cuts to security, say), the best for a maturity item; a context item (an attack suffered) is in no score.
 */
export function answerDirection(polarity: Polarity, kind: ScoredKind, t: TFunction): string {
  const high = t('bank:options.high');
  if (polarity === 'maturity') return t('meeting:deck.highBest', { high });
  if (polarity === 'barrier')
    return kind === 'maturity-area'
      ? t('meeting:deck.highWorst', { high })
      : t('meeting:deck.highMostPressure', { high });
  return t('meeting:deck.notScored');
}
