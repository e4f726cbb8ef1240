import type { TFunction } from 'i18next';
import type { SectionScore } from '../../scoring';

/** A score as a bare figure for charts and tables ("67"), or that there is none. */
export const scoreFigure = (t: TFunction, value: number | null) =>
  value === null ? t('app:results.noScore') : String(Math.round(value));

/** A score as a reader sees it in a sentence: "67 af 100", or that there is none. */
export const scoreText = (t: TFunction, score: Pick<SectionScore, 'value'>) =>
  score.value === null ? t('app:results.noScore') : t('app:results.scoreOf100', { value: Math.round(score.value) });
