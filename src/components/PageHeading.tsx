import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when it appears, so after each step or page change screen readers and keyboard
 * users start at the new content; pages that load lazily focus it once they arrive.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 tabIndex={-1} id="page-heading" ref={ref}>
      {children}
    </h1>
  );
}
