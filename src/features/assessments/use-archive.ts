import { useCallback, useEffect, useState } from 'react';
import { openArchive, type Archive } from '../../state/archive';
import { readArchive, type ArchiveGroup, type UnreadableRecord } from './archive-entries';

export type ArchiveState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; archive: Archive; groups: ArchiveGroup[]; unreadable: UnreadableRecord[] };

async function readState(): Promise<ArchiveState> {
  const archive = await openArchive();
  if (!archive) return { status: 'unavailable' };
  try {
    return { status: 'ready', archive, ...readArchive(await archive.list()) };
  } catch {
    return { status: 'unavailable' };
  }
}

/** The archive of finished assessments as the page shows it; `reload` reads it again after a change. */
export function useArchive() {
  const [state, setState] = useState<ArchiveState>({ status: 'loading' });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    void readState().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { state, reload };
}
