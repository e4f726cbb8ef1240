import type { ReactNode } from 'react';

/**
 * Lets a wide table scroll on its own at 320 px instead of widening the page (WCAG 1.4.10 allows tables to
 * scroll in two directions); focusable and named, so keyboard users can scroll it too.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="parat-table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
