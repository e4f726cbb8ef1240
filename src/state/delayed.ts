/**
 * Runs `run` `ms` after the last call to schedule: changes in quick succession are saved together. flush runs a
 * scheduled run at once (the page is being left); with none scheduled it does nothing.
 */
export function delayed(run: () => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = undefined;
    run();
  };
  return {
    schedule: () => {
      clearTimeout(timer);
      timer = setTimeout(fire, ms);
    },
    flush: () => {
      if (timer !== undefined) fire();
    },
  };
}
