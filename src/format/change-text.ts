import type { TFunction } from 'i18next';
import type { SectionChange } from '../../scoring';

/**
 * A score's change since an earlier assessment: the number's own direction, then whether that is better or worse
 * ("↓ 22, bedre" for a barrier pressure that fell). The page shows arrows; the PDF's font has none, so it signs the
 * number (−22).
 */
export function changeText(s: SectionChange, t: TFunction, style: 'arrow' | 'sign'): string {
  if (s.change === null || s.direction === null) return '–';
  const size = Math.round(Math.abs(s.change));
  const value = size === 0 && s.direction !== 'same' ? '<1' : String(size);
  const direction = t(`app:results.compare.${s.direction}`);
  if (style === 'sign') {
    const sign = s.direction === 'same' ? '' : s.change > 0 ? '+' : '−';
    return t('app:results.compare.changeSigned', { value: `${sign}${value}`, direction });
  }
  const arrow = s.direction === 'same' ? '=' : s.change > 0 ? '↑' : '↓';
  return t('app:results.compare.changeValue', { arrow, value, direction });
}
