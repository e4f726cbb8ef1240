import { startTransition, useCallback, useEffect, useState } from 'react';
import { browserStorage, discardUnreadable } from '../../state/storage';
import {
  participantsKeeper,
  savedParticipantsText,
  settleSaved,
  unreadableParticipantsKey,
  type LoadedParticipants,
} from '../../state/workshop-participants';
import { readSavedOffPage } from './intake/off-page';
import type { Participant } from './participants';
import { readingOf, readSavedNow } from './restore';

// Saved text up to this length (a few dozen participants) is read as the page opens, in a few milliseconds; more
// is read in the intake's worker with its progress shown, so a thousand saved participants do not hold the page.
const readAtOnce = 100_000;

type State = LoadedParticipants & {
  /** False once saving failed: the participants then live only in this tab. */
  kept: boolean;
  /** How far reading the saved participants has come, while it is under way. */
  restoring?: { done: number; total: number };
};

/** Opens the saved participants: at once when they are few, else empty until the worker has read them. */
function open(): { raw?: string; state: State } {
  const storage = browserStorage();
  const raw = savedParticipantsText(storage);
  if (raw !== undefined && raw.length > readAtOnce)
    return {
      raw,
      state: { participants: [], writable: false, newer: false, kept: true, restoring: { done: 0, total: 0 } },
    };
  const found = raw ? readSavedNow(raw) : { participants: [], newer: false, complete: true };
  return { state: { ...settleSaved(storage, raw, found), kept: true } };
}

/**
 * The workshop's participants as this browser keeps them: read back on opening (in the worker when there are many),
 * and saved shortly after each change. Nothing is saved over data that could not be read and was not copied aside,
 * nor over a newer Parat's, nor before the saved participants are read back.
 */
export function useSavedParticipants() {
  const [opened] = useState(open);
  const [state, setState] = useState<State>(opened.state);
  const [keeper] = useState(() =>
    participantsKeeper(browserStorage, { ...opened.state, reading: opened.raw !== undefined }, (kept) =>
      setState((s) => (s.kept === kept ? s : { ...s, kept })),
    ),
  );

  useEffect(() => {
    const { raw } = opened;
    if (raw === undefined) return;
    let current = true;
    void readSavedOffPage(raw, (done, total) => {
      if (current) setState((s) => ({ ...s, restoring: { done, total } }));
    }).then(({ restored, version }) => {
      if (!current) return;
      const loaded = settleSaved(browserStorage(), raw, readingOf(restored, version));
      // Anyone added while the saved ones were read comes after them.
      const participants = keeper.restored(loaded);
      startTransition(() => setState((s) => ({ ...loaded, participants, kept: s.kept })));
    });
    return () => {
      current = false;
    };
  }, [opened, keeper]);

  // A change is saved shortly after it, and at once when the page is left.
  useEffect(() => {
    window.addEventListener('pagehide', keeper.flush);
    return () => {
      window.removeEventListener('pagehide', keeper.flush);
      keeper.flush();
    };
  }, [keeper]);

  const change = useCallback(
    (update: (current: Participant[]) => Participant[]) => {
      const participants = keeper.change(update);
      setState((s) => ({ ...s, participants }));
    },
    [keeper],
  );
  /** Adds participants, drawn when there is time: a thousand at once do not hold the page. */
  const add = useCallback(
    (added: readonly Participant[]) => startTransition(() => change((current) => [...current, ...added])),
    [change],
  );
  const discard = useCallback(() => {
    discardUnreadable(browserStorage(), unreadableParticipantsKey);
    setState((s) => ({ ...s, unreadable: undefined }));
  }, []);

  return { ...state, change, add, discard, current: keeper.participants };
}
