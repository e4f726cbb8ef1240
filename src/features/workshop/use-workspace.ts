import { startTransition, useCallback, useEffect, useState } from 'react';
import type { WorkshopFile, WorkshopNotice } from '../../../questions/workshop-file';
import { adoptWorkshop, type Adoption } from '../../state/adopt-workshop';
import { fresh, openStored, type Opened, type Unreadable } from '../../state/open-workshop';
import { browserStorage, discardUnreadable } from '../../state/storage';
import { workshopKeeper, type WorkshopKeeper } from '../../state/workshop-keeper';
import { settleSaved } from '../../state/workshop-participants';
import { listWorkshops, removeWorkshop, unreadableWorkshopsKey } from '../../state/workshops';
import { readSavedOffPage } from './intake/off-page';
import type { Participant } from './participants';
import { readingOf } from './restore';

const today = () => new Date().toISOString().slice(0, 10);

interface Session {
  keeper: WorkshopKeeper;
  later?: string;
}

interface State {
  file: WorkshopFile;
  notices: WorkshopNotice[];
  newer: boolean;
  unreadable?: Unreadable;
  /** False once saving failed: the workshop then lives only in this tab. */
  kept: boolean;
  /** How far reading the stored participants has come, while it is under way. */
  restoring?: { done: number; total: number };
  /** The workshop was opened from a file just now: how it was taken in, and what reading the file changed. */
  fromFile?: FromFile;
}

export interface FromFile {
  name: string;
  how: Adoption;
  notices: WorkshopNotice[];
}

const stateOf = (opened: Opened): State => ({
  file: opened.file,
  notices: opened.notices,
  newer: opened.newer,
  ...(opened.unreadable ? { unreadable: opened.unreadable } : {}),
  kept: true,
  ...(opened.later ? { restoring: { done: 0, total: 0 } } : {}),
});

/**
 * The open workshop as this browser keeps it (issue 28, point 1): a workspace of its own, apart from the user's own
 * answers, saved whole shortly after each change; the other workshops listed beside it; one opened, begun, removed
 * or taken in from a file. A long one's participants are read in the intake's worker, with progress.
 */
export function useWorkspace() {
  const [setup] = useState(() => {
    const opened = openStored(browserStorage(), today());
    return { opened, session: begin(opened) };
  });
  const [state, setState] = useState<State>(() => stateOf(setup.opened));
  const [session, setSession] = useState<Session>(setup.session);
  const [workshops, setWorkshops] = useState(() => listWorkshops(browserStorage()).workshops);
  const { keeper, later } = session;
  // Whether a save succeeded shows on the page; the list of workshops follows what was saved.
  useEffect(
    () =>
      keeper.listen((kept) => {
        setState((s) => (s.kept === kept ? s : { ...s, kept }));
        setWorkshops(listWorkshops(browserStorage()).workshops);
      }),
    [keeper],
  );
  useEffect(() => {
    if (later === undefined) return;
    let current = true;
    void readSavedOffPage(later, (done, total) => {
      if (current) setState((s) => ({ ...s, restoring: { done, total } }));
    }).then(({ restored, version }) => {
      if (!current) return;
      const loaded = settleSaved(browserStorage(), later, readingOf(restored, version));
      const file = keeper.restored(loaded);
      startTransition(() =>
        setState((s) => ({
          ...s,
          file,
          restoring: undefined,
          newer: loaded.newer,
          ...(loaded.unreadable ? { unreadable: loaded.unreadable } : {}),
        })),
      );
    });
    return () => {
      current = false;
    };
  }, [keeper, later]);

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
      const file = keeper.change(update);
      setState((s) => ({ ...s, file }));
    },
    [keeper],
  );
  const update = useCallback(
    (update: (current: WorkshopFile) => WorkshopFile) => {
      const file = keeper.update(update);
      setState((s) => ({ ...s, file }));
    },
    [keeper],
  );
  /** Adds participants, drawn when there is time: a thousand at once do not hold the page. */
  const add = useCallback(
    (added: readonly Participant[]) => startTransition(() => change((current) => [...current, ...added])),
    [change],
  );
  const switchTo = (opened: Opened) => {
    keeper.flush();
    setSession(begin(opened));
    setState(stateOf(opened));
    setWorkshops(listWorkshops(browserStorage()).workshops);
  };
  const storage = browserStorage();
  return {
    ...state,
    workshops,
    change,
    update,
    add,
    current: keeper.participants,
    discard: () => {
      discardUnreadable(storage, unreadableWorkshopsKey);
      setState((s) => {
        const next = { ...s };
        delete next.unreadable;
        return next;
      });
    },
    open: (id: string) => switchTo(openStored(storage, today(), id)),
    create: () => switchTo(fresh(today())),
    remove: (id: string) => {
      removeWorkshop(storage, id);
      setWorkshops(listWorkshops(storage).workshops);
    },
    /**
     * A workshop opened from a file: the one this browser holds when it is the same workshop (replaced when the file
     * is newer), else kept beside the others, and opened. What opening changed is said beside the file picker.
     */
    adopt: (file: WorkshopFile, notices: WorkshopNotice[]) => {
      // Changes not yet saved count: they make the copy here newer than the file.
      keeper.flush();
      const adopted = adoptWorkshop(storage, file);
      switchTo({ file: adopted.file, notices: [], writable: adopted.saved, newer: false });
      const taken = adopted.how === 'added' || adopted.how === 'replaced';
      setState((s) => ({ ...s, fromFile: { name: file.name, how: adopted.how, notices: taken ? notices : [] } }));
    },
  };
}

function begin(opened: Opened): Session {
  const keeper = workshopKeeper(browserStorage, {
    file: opened.file,
    writable: opened.writable && !opened.newer,
    reading: opened.later !== undefined,
  });
  return { keeper, ...(opened.later ? { later: opened.later } : {}) };
}
