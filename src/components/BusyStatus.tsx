import { useRef, useState } from 'react';

type Status = 'idle' | 'busy' | 'failed';

/**
 * A task that makes a file on a click (a report, a Word document): `run` says it is busy while the task works, and
 * that it failed if it throws, so BusyStatus can say so. A press while it works is ignored: its button says so with
 * aria-disabled rather than `disabled`, which would throw a keyboard user's focus to the top of the page.
 */
export function useBusy() {
  const [status, setStatus] = useState<Status>('idle');
  const working = useRef(false);
  const run = async (task: () => unknown) => {
    if (working.current) return;
    working.current = true;
    setStatus('busy');
    try {
      await task();
      setStatus('idle');
    } catch {
      setStatus('failed');
    } finally {
      working.current = false;
    }
  };
  return { status, busy: status === 'busy', run };
}

/** What a useBusy task is doing, for screen readers too: working, failed (as an error), or nothing. */
export function BusyStatus({ status, busy, failed }: { status: Status; busy: string; failed: string }) {
  return (
    <span role="status" className={status === 'failed' ? 'form-error-message' : undefined}>
      {status === 'busy' ? busy : status === 'failed' ? failed : ''}
    </span>
  );
}
