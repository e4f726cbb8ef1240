import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { AssessmentState, Store } from './store';

const StoreContext = createContext<Store | null>(null);

export function StoreProvider({ store, children }: { store: Store; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside StoreProvider');
  return store;
}

/** The current answers, notes and storage status, re-rendering on every change. */
export function useAssessment(): AssessmentState {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
