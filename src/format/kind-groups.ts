import type { Bank } from '../../questions/schema';
import type { ScoredKind } from '../../scoring';

const kinds: readonly ScoredKind[] = ['barrier-category', 'technology', 'maturity-area'];

/**
 * Items grouped by the kind of score their area has, barriers first and maturity last, each group in the order
 * given; a kind without items is left out. Barriers and maturity read in opposite directions, so a table keeps them
 * apart.
 */
export function byKind<T>(bank: Bank, items: readonly T[], sectionOf: (item: T) => string) {
  const kindOf = (item: T) => bank.sections.find((s) => s.id === sectionOf(item))?.kind;
  return kinds.flatMap((kind) => {
    const group = items.filter((item) => kindOf(item) === kind);
    return group.length > 0 ? [{ kind, items: group }] : [];
  });
}
