import { createContext, useContext, type ReactNode } from 'react';
import type { Plan, PlanAction } from '../../../questions/plan';
import { useAssessment, useStore } from '../../state/context';

/** A plan the plan's components edit: the user's own assessment's, or a workshop's shared plan. */
export interface PlanTarget {
  plan: Readonly<Plan>;
  /** Adds, changes or, with undefined, removes one action. */
  setAction: (id: string, action: PlanAction | undefined) => void;
}

const PlanContext = createContext<PlanTarget | null>(null);

/** Points the plan's components inside it at another plan than the user's own (a workshop's). */
export function PlanProvider({ target, children }: { target: PlanTarget; children: ReactNode }) {
  return <PlanContext.Provider value={target}>{children}</PlanContext.Provider>;
}

/** The plan to show and edit: a workshop's inside its PlanProvider, the user's own elsewhere. */
export function usePlan(): PlanTarget {
  const target = useContext(PlanContext);
  const store = useStore();
  const { plan } = useAssessment();
  return target ?? { plan, setAction: store.setAction };
}

/** A new own action's id: unique without a counter, so two tabs adding at once do not overwrite each other. */
export const ownId = () => `own-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
