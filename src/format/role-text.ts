import type { TFunction } from 'i18next';
import type { RoleComparison } from '../../scoring';

/** A figure as the workshop's tables show it: rounded, or a dash where there is none. */
export const rounded = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : String(Math.round(value));

/** Where two roles lie far apart in one area: »Ledelse 22 · IT 56«, lowest first. */
export const roleGapText = (gap: RoleComparison['gaps'][number], t: TFunction) =>
  t('meeting:roles.gap', {
    low: gap.low.role,
    lowValue: rounded(gap.low.value),
    high: gap.high.role,
    highValue: rounded(gap.high.value),
  });

/** The areas where roles lie far apart, each with its roles' figures, in one sentence; or that none do. */
export const roleGapsText = (roles: RoleComparison, t: TFunction) =>
  roles.gaps.length === 0
    ? t('meeting:roles.noGaps')
    : t('meeting:roles.gaps', {
        areas: roles.gaps
          .map((gap) => `${t(`bank:sections.${gap.sectionId}.title`)} (${roleGapText(gap, t)})`)
          .join('; '),
      });
