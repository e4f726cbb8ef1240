import { createStore } from '../../src/state/store';
import { storageKey } from '../../src/state/storage';
import { MemoryStorage } from '../components/render';

const now = () => '2026-11-22T10:00:00.000Z';

/**
 * Two tabs over one localStorage, as Chromium gives them: each tab reads its own copy, and a write reaches the
 * other tab a moment later, with a storage event. Writes made at the same moment cross each other.
 */
export function twoTabs() {
  const views = [new MemoryStorage(), new MemoryStorage()] as const;
  let clock = 1_000;
  const tick = () => clock++;
  const tabs = views.map((view) => createStore(view, { now, clock: tick }));
  return {
    tabs,
    /** Delivers each tab's last write to the other, as the browser does, until nothing changes. */
    settle() {
      for (let round = 0; round < 5; round++) {
        const [a, b] = views.map((v) => v.getItem(storageKey));
        if (a === b) return;
        views[1].setItem(storageKey, a ?? '');
        tabs[1]?.reload();
        views[0].setItem(storageKey, views[1].getItem(storageKey) ?? '');
        tabs[0]?.reload();
      }
    },
    stored: () => createStore(views[0], { now }).getState(),
  };
}
