import type { TFunction } from 'i18next';
import { rounded } from './role-text';
import type { WorkshopResult } from '../../scoring';

/**
 * A category or area of a workshop in words, as the page, the projector, the PDF and the command line all show it:
 * the group's score first, the one figure the group's recommendations build on, then the participants' mean,
 * spread and range beside it, and how many answered, flagged when not all did.
 */
export interface WorkshopRow {
  sectionId: string;
  area: string;
  group: string;
  mean: string;
  spread: string;
  range: string;
  answered: string;
  /** Fewer than all participants have a score here. */
  partial: boolean;
  /** One participant has a score here: no spread or range to show. */
  single: boolean;
}

/** The table's column heads, in the order of WorkshopRow's fields. */
export const workshopHead = (t: TFunction) => [
  t('app:results.table.area'),
  t('workshop:groupScore'),
  t('workshop:mean'),
  t('workshop:spread'),
  t('workshop:range'),
  t('workshop:scored'),
];

/** The categories and areas anyone has a score in, in questionnaire order. */
export function workshopRows(workshop: WorkshopResult, t: TFunction): WorkshopRow[] {
  return workshop.sections
    .filter((s) => s.scored > 0)
    .map((s) => {
      const partial = s.scored < workshop.participants;
      const counted = { scored: s.scored, total: workshop.participants };
      return {
        sectionId: s.sectionId,
        area: t(`bank:sections.${s.sectionId}.title`),
        group: rounded(s.group),
        mean: rounded(s.mean),
        spread: rounded(s.spread),
        range: s.min === null ? '–' : t('workshop:rangeValue', { min: rounded(s.min), max: rounded(s.max) }),
        answered: partial ? t('workshop:partialValue', counted) : t('workshop:scoredValue', counted),
        partial,
        single: s.scored === 1,
      };
    });
}

/** The row's cells, in the order of workshopHead. */
export const workshopCells = (row: WorkshopRow) => [row.area, row.group, row.mean, row.spread, row.range, row.answered];
