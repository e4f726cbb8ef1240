import type { ActionStatus, Plan } from '../questions/plan';
import type { SectionChange } from './compare';

/** One action of an earlier plan at re-assessment: where it stands now, and how its areas' scores moved. */
export interface ActionProgress {
  id: string;
  title: string;
  /** The status in the current plan, or, for an action no longer in it, the status it had. */
  status: ActionStatus;
  /** False when the action is no longer in the current plan. */
  stillPlanned: boolean;
  areas: SectionChange[];
}

/**
 * Progress on an earlier plan: each of its actions with its status today (from the current plan where the action
 * still is) and the change in the scores of the areas it was meant to improve. Actions added since are not in it:
 * they were not part of the earlier plan.
 */
export function planProgress(earlier: Readonly<Plan>, current: Readonly<Plan>, changes: readonly SectionChange[]) {
  return Object.entries(earlier).map(([id, before]): ActionProgress => {
    const now = current[id];
    return {
      id,
      title: now?.title || before.title,
      status: (now ?? before).status,
      stillPlanned: now !== undefined,
      areas: before.areas.flatMap((sectionId) => changes.filter((c) => c.sectionId === sectionId)),
    };
  });
}
