/** Set when this browser opened the workshop's join address: its results then offer »Send til workshoppen« first. */
const joinedKey = 'parat-joined';

/** Remembers that this browser came to answer for a workshop, across reloads and the time the answers take. */
export function markJoined(storage: Storage | undefined) {
  try {
    storage?.setItem(joinedKey, '1');
  } catch {
    // Without storage the button stays where every visitor finds it, at the foot of the results.
  }
}

export function hasJoined(storage: Storage | undefined): boolean {
  try {
    return storage?.getItem(joinedKey) === '1';
  } catch {
    return false;
  }
}
