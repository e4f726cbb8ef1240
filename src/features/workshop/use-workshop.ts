import { useCallback, useMemo, useState } from 'react';
import type { AnswersFile } from '../../../questions/answers';
import { combineFiles } from './derived';
import { admit, type Refusal, type Repeat } from './intake/admit';
import type { Arrival } from './intake/jobs';
import type { Participant } from './participants';
import { useSavedParticipants } from './use-saved-participants';

const sameFiles = (a: readonly AnswersFile[], b: readonly AnswersFile[]) =>
  a.length === b.length && a.every((file, i) => file === b[i]);

/**
 * The participants' answers files, the same array for as long as they are the same files: a name typed does not
 * combine a thousand participants again.
 */
function useFiles(participants: readonly Participant[]) {
  const files = participants.map((p) => p.file);
  const [stable, setStable] = useState(files);
  if (!sameFiles(stable, files)) {
    setStable(files);
    return files;
  }
  return stable;
}

/**
 * The workshop: its participants as kept in this browser, what the last arrivals brought (refusals and repeats),
 * and the group's combined result.
 */
export function useWorkshop() {
  const saved = useSavedParticipants();
  const { current, add } = saved;
  const [refused, setRefused] = useState<Refusal[]>([]);
  const [repeated, setRepeated] = useState<Repeat[]>([]);

  /** Adds what arrived; returns who was added and who was here already. */
  const take = useCallback(
    (arrivals: readonly Arrival[]) => {
      const admission = admit(current(), arrivals, String(Date.now()));
      // Left as they are when nothing changes: a new empty list would draw the whole page again.
      setRefused((before) => (before.length + admission.refused.length === 0 ? before : admission.refused));
      setRepeated((before) => (before.length + admission.again.length === 0 ? before : admission.again));
      if (admission.added.length > 0) add(admission.added);
      return admission;
    },
    [current, add],
  );

  const files = useFiles(saved.participants);
  const result = useMemo(() => (files.length > 0 ? combineFiles(files) : undefined), [files]);
  // The group's organisation, where every participant names the same one.
  const organisation = useMemo(() => {
    const names = new Set(files.map((file) => file.answers['organisation-name']?.trim() ?? ''));
    return names.size === 1 ? [...names][0] || undefined : undefined;
  }, [files]);

  return { ...saved, refused, repeated, take, result, organisation };
}
