import { useEffect, useRef, type ReactNode } from 'react';

// Whether the user has clicked or pressed a key in this document yet. Every in-app page change follows one; the page
// shown on load (also one restored from storage) does not, and there focus stays at the top of the document, so the
// first Tab reaches the skip link (GOV.UK and DKFDS: focus moves to the h1 only on in-app navigation).
let userHasActed = false;
if (typeof window !== 'undefined') {
  const acted = () => {
    userHasActed = true;
  };
  window.addEventListener('click', acted, { capture: true, once: true });
  window.addEventListener('keydown', acted, { capture: true, once: true });
}

/**
 * The page's h1. After the user moves to another page it takes focus, so screen readers and keyboard users start at
 * the new content; pages that load lazily focus it once they arrive.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (userHasActed) ref.current?.focus();
  }, []);
  return (
    <h1 tabIndex={-1} id="page-heading" ref={ref}>
      {children}
    </h1>
  );
}
