/**
 * Runs `run` when the browser has nothing else to do (within a second at the latest), and returns what cancels it:
 * work done ahead of a click that may come. Safari has no requestIdleCallback; a short timer stands in for it there.
 */
export function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(run, 200);
  return () => clearTimeout(timer);
}
