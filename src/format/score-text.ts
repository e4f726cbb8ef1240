import type { TFunction } from 'i18next';
import type { SectionScore } from '../../scoring';

/** A score as a reader sees it: "67 af 100", or that there is none. */
export const scoreText = (t: TFunction, score: Pick<SectionScore, 'value'>) =>
  score.value === null ? t('app:results.noScore') : t('app:results.scoreOf100', { value: Math.round(score.value) });
