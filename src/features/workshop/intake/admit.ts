import type { Incoming } from '../../transfer/incoming';
import { remember } from '../derived';
import { nameFromAnswers, repeatFinder, type Participant } from '../participants';
import type { Arrival } from './jobs';

/** An arrival refused, with its reason. */
export type Refusal = Arrival & { incoming: Extract<Incoming, { ok: false }> };

/** An arrival that repeats a participant already here: its label, and that participant's name. */
export interface Repeat {
  label: string;
  as: string;
}

export interface Admission {
  added: Participant[];
  again: Repeat[];
  refused: Refusal[];
}

/**
 * Sorts what arrived by file, link or QR code: each refused one with its reason, each repeat of a participant
 * already here (or earlier in the same arrivals), and the rest as participants named after who answered, keyed
 * `${stamp}-${n}`.
 */
export function admit(current: readonly Participant[], arrivals: readonly Arrival[], stamp: string): Admission {
  const admission: Admission = { added: [], again: [], refused: [] };
  const repeats = repeatFinder(current);
  arrivals.forEach((a, i) => {
    if (!a.incoming.ok) {
      admission.refused.push({ ...a, incoming: a.incoming });
      return;
    }
    const { file } = a.incoming;
    if (a.derived) remember(file, a.derived);
    const same = repeats.find(file);
    if (same) {
      admission.again.push({ label: a.label, as: same.name });
      return;
    }
    const participant: Participant = a.name
      ? { key: `${stamp}-${i}`, name: a.name, named: true, file }
      : { key: `${stamp}-${i}`, name: nameFromAnswers(file, a.label), file };
    admission.added.push(participant);
    repeats.add(participant);
  });
  return admission;
}
