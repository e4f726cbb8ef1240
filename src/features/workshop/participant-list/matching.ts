import { nameKey, type Participant } from '../participants';

/** A participant with their place in the whole list, which numbers them ("Deltager 12") whatever is shown. */
export interface Numbered {
  participant: Participant;
  index: number;
}

/**
 * The participants whose shown name contains what was searched for, compared as people read names (case and
 * spaces aside), in the list's order. An empty search matches everyone.
 */
export function matching(
  participants: readonly Participant[],
  search: string,
  nameOf: (p: Participant, index: number) => string,
): Numbered[] {
  const wanted = nameKey(search);
  const numbered = participants.map((participant, index) => ({ participant, index }));
  return wanted === ''
    ? numbered
    : numbered.filter(({ participant, index }) => nameKey(nameOf(participant, index)).includes(wanted));
}
