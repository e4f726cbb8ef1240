import { useSyncExternalStore } from 'react';
import type { PeerPack } from '../../../questions/peer-pack-schema';

// The pack loaded on the results page, for the rest of the visit: the PDF and the Word document show it too. It is
// not saved: a pack is loaded again from its file next time.
let current: PeerPack | undefined;
const listeners = new Set<() => void>();

export function setLoadedPack(pack: PeerPack | undefined) {
  current = pack;
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The peer pack loaded in this visit, if any. */
export const useLoadedPack = () =>
  useSyncExternalStore(
    subscribe,
    () => current,
    () => undefined,
  );
