import type { ScoredKind } from '../../../../scoring';
import { polarityText } from '../../../format/polarity-text';

/** Which way is good for a kind of score: barrier pressure (higher is worse) or maturity (higher is better). */
export const polarityOf = (kind: ScoredKind) => (kind === 'maturity-area' ? 'maturity' : 'pressure');

/** »højere er mere pres« or »højere er bedre«, said on every slide that shows a score. */
export const directionText = polarityText;

export const rounded = (value: number | null) => (value === null ? '–' : String(Math.round(value)));
