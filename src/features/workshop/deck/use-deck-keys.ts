import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';

/** Keys that belong to a field: a slide must not change while someone types or picks in one. */
const inField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

// Digits typed in a row make one slide number; a pause this long (or Enter) jumps to it.
const digitPause = 900;

/**
 * The keys a presenter uses and a remote sends: ←/→ and Page Up/Down one slide, Home/End the first and last, a
 * number (then Enter or a pause) that slide, and B or . a blank screen (any move shows it again). Never from a field.
 */
export function useDeckKeys({
  count,
  go,
  toggleBlank,
}: {
  count: number;
  go: (to: (index: number) => number) => void;
  toggleBlank: () => void;
}) {
  const digits = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const jump = useCallback(() => {
    clearTimeout(timer.current);
    const number = Number(digits.current);
    digits.current = '';
    if (number >= 1) go(() => Math.min(number, count) - 1);
  }, [count, go]);
  useEffect(() => () => clearTimeout(timer.current), []);

  return (event: KeyboardEvent) => {
    if (inField(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    const { key } = event;
    if (/^[0-9]$/.test(key)) {
      digits.current += key;
      clearTimeout(timer.current);
      timer.current = setTimeout(jump, digitPause);
    } else if (key === 'Enter' && digits.current) jump();
    else if (key === 'b' || key === 'B' || key === '.') toggleBlank();
    else {
      const step: Record<string, (i: number) => number> = {
        ArrowRight: (i) => i + 1,
        PageDown: (i) => i + 1,
        ArrowLeft: (i) => i - 1,
        PageUp: (i) => i - 1,
        Home: () => 0,
        End: () => count - 1,
      };
      const move = step[key];
      if (!move) return;
      go((i) => Math.min(Math.max(move(i), 0), count - 1));
    }
    event.preventDefault();
  };
}

// The controls show for this long after the pointer last moved, as a presenter's slide show does.
const shownFor = 2500;

/** Whether the pointer moved lately: the deck's controls show then, and hide again so the room sees only the slide. */
export function usePointerShown(setShown: (shown: boolean) => void) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return () => {
    setShown(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setShown(false), shownFor);
  };
}
