import { useCallback, useMemo, useState } from 'react';
import { bank } from '../../../questions';
import type { AnswersFile } from '../../../questions/answers';
import type { Decision } from '../../../questions/decisions';
import type { PlanAction } from '../../../questions/plan';
import type { WorkshopFile } from '../../../questions/workshop-file';
import { compareRoles, decide } from '../../../scoring';
import { combineFiles } from './derived';
import { admit, type Refusal, type Repeat } from './intake/admit';
import type { Arrival } from './intake/jobs';
import { useWorkspace } from './use-workspace';
import type { WorkshopFields } from './workspace/WorkshopDetails';

const sameFiles = (a: readonly AnswersFile[], b: readonly AnswersFile[]) =>
  a.length === b.length && a.every((file, i) => file === b[i]);

/** The same array for as long as it holds the same items: a name typed does not combine a thousand participants again. */
function useStable<T>(items: T[], same: (a: T[], b: T[]) => boolean) {
  const [stable, setStable] = useState(items);
  if (!same(stable, items)) {
    setStable(items);
    return items;
  }
  return stable;
}

/** A record with one entry set, or removed when the value is undefined. */
const withEntry = <T>(record: Readonly<Record<string, T>>, key: string, value: T | undefined): Record<string, T> => ({
  ...Object.fromEntries(Object.entries(record).filter(([k]) => k !== key)),
  ...(value === undefined ? {} : { [key]: value }),
});

const sameRoles = (a: readonly (string | undefined)[], b: readonly (string | undefined)[]) =>
  a.length === b.length && a.every((role, i) => role === b[i]);

/**
 * The workshop: the open workspace with its participants, what the last arrivals brought (refusals and repeats), the
 * group's result after the decisions recorded, the group per role, and the changes a facilitator makes.
 */
export function useWorkshop() {
  const workspace = useWorkspace();
  const { current, add, update, file } = workspace;
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

  const files = useStable(
    file.participants.map((p) => p.file),
    sameFiles,
  );
  const roles = useStable(
    file.participants.map((p) => p.role),
    sameRoles,
  );
  const combined = useMemo(() => (files.length > 0 ? combineFiles(files) : undefined), [files]);
  const result = useMemo(
    () => (combined ? decide(bank, combined, file.decisions) : undefined),
    [combined, file.decisions],
  );
  const byRole = useMemo(
    () =>
      compareRoles(
        bank,
        files.map((f, i) => ({ ...(roles[i] ? { role: roles[i] } : {}), answers: f.answers })),
      ),
    [files, roles],
  );

  const setDecision = useCallback(
    (questionId: string, decision: Decision | undefined) =>
      update((f) => ({ ...f, decisions: withEntry(f.decisions, questionId, decision) })),
    [update],
  );
  const setAction = useCallback(
    (id: string, action: PlanAction | undefined) => update((f) => ({ ...f, plan: withEntry(f.plan, id, action) })),
    [update],
  );
  const setFields = useCallback(
    (fields: WorkshopFields) =>
      update((f) => {
        // The fields come whole: one left empty is no field.
        const next: WorkshopFile = { ...f, ...fields };
        if (!fields.date) delete next.date;
        if (!fields.facilitator) delete next.facilitator;
        if (!fields.showNames) delete next.showNames;
        return next;
      }),
    [update],
  );

  return { ...workspace, refused, repeated, take, result, roles: byRole, setDecision, setAction, setFields };
}
