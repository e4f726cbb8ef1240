import type { FigureSet, NationalFigure } from '../../questions/national-context';

/**
 * The bands each IT i praksis figure set gives, in the report's column order, each worded in `national:sets.<set>`.
 * No more: Parat never fills in a band the report does not give.
 */
export const figureBands: Record<FigureSet, readonly string[]> = {
  'digitalisation-efforts': ['high'],
  'supplier-challenges': ['earlierHigh', 'high'],
  'cost-efforts': ['high', 'notAtAll'],
};

/** A figure's shares in the order of its set's bands. */
export const figureShares = (figure: NationalFigure): number[] =>
  figure.set === 'supplier-challenges'
    ? [figure.earlierHigh, figure.high]
    : figure.set === 'cost-efforts'
      ? [figure.high, figure.notAtAll]
      : [figure.high];
